package dev.papageno.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fuzzes the rule loader: any file either loads or gives a {@link ConfigException}, never anything else. */
class RuleFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void load(String yaml) throws Exception {
        if (yaml == null) {
            return;
        }
        Path dir = Files.createTempDirectory("rules");
        Path file = dir.resolve("rule.yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            try {
                RuleSetLoader.load(RuleFileFuzzTest.class.getClassLoader(), "papageno-test", List.of(dir));
            } catch (ConfigException e) {
                if (e.getMessage().contains("\n")) {
                    throw new AssertionError("error message is not one line: " + e.getMessage());
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
