package dev.papageno.core.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.RuleSet;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's files load on several threads, yet it loads as if they were read one after another. */
class PackLoadingTest {

    private static String rule(String id, String word) {
        return """
                id: mine/%s
                type: phrase
                severity: warning
                summary: A word.
                match:
                  phrases: [%s]
                message: "Say it otherwise."
                rationale: Because.
                sources: [guide]
                examples:
                  - bad: "The [[%s]] closed."
                  - ok: "The hospital closed."
                """.formatted(id, word, word);
    }

    /**
     * A class loader over a pack in {@code dir/root}. Loads without rule folders are kept per root,
     * so each test names its own.
     */
    private static URLClassLoader pack(Path dir, String name, List<String> names, List<String> texts)
            throws Exception {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("rules"));
        Files.writeString(root.resolve("sources.yaml"), "guide:\n  title: A guide\n  url: https://example.org/\n");
        for (int i = 0; i < names.size(); i++) {
            Files.writeString(root.resolve("rules").resolve(names.get(i)), texts.get(i));
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    @Test
    void rulesComeInTheOrderOfTheirFiles(@TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("r%02d.yaml".formatted(i));
            texts.add(rule("r%02d".formatted(i), "word%d".formatted(i)));
        }
        try (URLClassLoader loader = pack(dir, "ordered", names, texts)) {
            RuleSet set = RuleSetLoader.load(loader, "ordered", List.of());
            List<String> ids = set.rules().stream().map(r -> r.spec().id()).toList();
            assertEquals(30, ids.size());
            for (int i = 0; i < 30; i++) {
                assertEquals("mine/r%02d".formatted(i), ids.get(i));
            }
        }
    }

    @Test
    void ofSeveralBrokenFilesTheFirstIsReported(@TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            names.add("r%02d.yaml".formatted(i));
            texts.add(i == 7 || i == 15 ? "id: [unclosed\n" : rule("r%02d".formatted(i), "word%d".formatted(i)));
        }
        try (URLClassLoader loader = pack(dir, "broken", names, texts)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                ConfigException e = assertThrows(ConfigException.class, () -> RuleSetLoader.load(loader, "broken",
                        List.of()));
                assertTrue(e.getMessage().startsWith("broken/rules/r07.yaml:"), e.getMessage());
                assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
            }
        }
    }

    @Test
    void loadsOfTheSameRootAtOnceShareOneRuleSet(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = pack(dir, "shared", List.of("a.yaml"), List.of(rule("a", "word")))) {
            String root = "shared";
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<RuleSet>> loads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    loads.add(pool.submit(() -> RuleSetLoader.load(loader, root, List.of())));
                }
                RuleSet first = loads.get(0).get();
                for (Future<RuleSet> f : loads) {
                    assertSame(first, f.get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
