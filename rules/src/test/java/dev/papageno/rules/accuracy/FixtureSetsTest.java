package dev.papageno.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the committed fixture sets loadable: every draft has expectations, every expected text is
 * in its draft, every key is known. It does not lint anything; {@code scripts/accuracy} does.
 */
class FixtureSetsTest {

    static final Path ROOT = Path.of("src", "test", "resources", "accuracy");

    @TestFactory
    Stream<DynamicTest> everySetLoads() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path set : sets()) {
            tests.add(DynamicTest.dynamicTest(set.getFileName().toString(), () -> {
                List<AccuracyCase> cases = load(set);
                assertFalse(cases.isEmpty(), set + " has no cases");
            }));
        }
        return tests.stream();
    }

    @Test
    void draftsSetCoversEveryKindOfCase() throws Exception {
        List<AccuracyCase> cases = load(ROOT.resolve("drafts"));
        assertTrue(cases.size() >= 40, "the drafts set needs at least 40 cases, has " + cases.size());
        assertTrue(cases.stream().anyMatch(c -> c.spans().isEmpty() && c.documentRules().isEmpty()),
                "the drafts set needs clean drafts that must stay quiet");
        for (String rule : List.of("trigger-warning/missing", "trigger-warning/late", "crisis-resources/missing")) {
            assertTrue(cases.stream().anyMatch(c -> c.documentRule(rule).isPresent()), "no case expects " + rule);
        }
        for (String format : List.of("markdown", "text", "html")) {
            assertTrue(cases.stream().anyMatch(c -> c.format().id().equals(format)), "no " + format + " draft");
        }
    }

    static List<Path> sets() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<AccuracyCase> load(Path set) {
        try {
            return CaseLoader.loadSet(set);
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
