package dev.papageno.rules.accuracy;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The accuracy command: lints a fixture set with the built-in rules and prints the report. It is
 * not part of the normal test run (its name does not end in {@code Test}); {@code scripts/accuracy}
 * selects it:
 *
 * <pre>
 * ./mvnw -q -B -pl linter-core,rules -am test -Dtest=AccuracyRun -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dpapageno.accuracy.set=drafts -Dpapageno.accuracy.verbose=true
 * </pre>
 *
 * <p>The report goes to standard output and to {@code rules/target/accuracy/<set>.txt}. It measures;
 * it never fails on low numbers.
 */
class AccuracyRun {

    /** The fixture sets, relative to the rules module. */
    static final Path FIXTURES = Path.of("src", "test", "resources", "accuracy");

    @Test
    void printReport() throws IOException {
        String set = System.getProperty("papageno.accuracy.set", "drafts");
        boolean verbose = Boolean.getBoolean("papageno.accuracy.verbose");
        Path out = Path.of("target", "accuracy", set + ".txt");
        Files.createDirectories(out.getParent());
        String text;
        try {
            text = report(set, verbose);
        } catch (ConfigException e) {
            Files.writeString(out, "error: " + e.getMessage() + "\n", StandardCharsets.UTF_8);
            throw new AssertionError(e.getMessage(), e);
        }
        System.out.print(text);
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** The report on a set: the table, and with {@code verbose} every false positive and negative. */
    static String report(String set, boolean verbose) throws ConfigException {
        List<AccuracyCase> cases = CaseLoader.loadSet(FIXTURES.resolve(set));
        RuleSet rules = RuleSetLoader.builtIn();
        Set<String> ids = rules.rules().stream().map(Rule::spec).map(s -> s.id()).collect(Collectors.toSet());
        List<CaseResult> results;
        try (CaseLinter linter = new CaseLinter(rules)) {
            results = linter.lintAll(cases);
        }
        AccuracyReport report = Evaluation.evaluate(set, results, ids);
        String text = report.table();
        if (verbose) {
            text += "\n" + report.details("rules/" + FIXTURES.resolve(set).toString().replace('\\', '/') + "/");
        }
        return text;
    }
}
