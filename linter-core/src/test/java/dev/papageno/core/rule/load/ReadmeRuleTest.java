package dev.papageno.core.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.examples.ExampleRunner;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule in the README's "Writing rules" section loads, and its examples pass. */
class ReadmeRuleTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeRuleLoadsAndItsExamplesPass(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("### Writing rules");
        assertTrue(section >= 0, "README has a Writing rules section");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Files.writeString(dir.resolve("rule.yaml"), yaml);
        RuleSet set = RuleSetLoader.load(getClass().getClassLoader(), "papageno-test", List.of(dir));
        Rule rule = set.rule("mine/committed-suicide").orElseThrow();
        try (ExampleRunner runner = new ExampleRunner(set)) {
            for (Example e : rule.spec().examples()) {
                assertEquals(Optional.empty(), runner.check(rule, e), e.text());
            }
        }
    }
}
