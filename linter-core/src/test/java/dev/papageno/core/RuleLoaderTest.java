package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.examples.ExampleRunner;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files are checked when they load; every mistake names the file, line, column and key. */
class RuleLoaderTest {

    private static final String GOOD = """
            id: mine/word
            type: phrase
            severity: warning
            summary: A word.
            match:
              phrases: [loony bin]
            suggest: [psychiatric hospital]
            message: "Say {suggestion}."
            rationale: Because.
            sources: [guide]
            examples:
              - bad: "The old [[loony bin]] closed."
                fix: "The old psychiatric hospital closed."
              - ok: "The hospital closed."
            """;

    private static ConfigException broken(Path dir, String yaml) throws Exception {
        Files.writeString(dir.resolve("rule.yaml"), yaml);
        return assertThrows(ConfigException.class, () -> RuleSetLoader.load(RuleLoaderTest.class.getClassLoader(),
                "papageno-test", List.of(dir)));
    }

    @Test
    void aGoodUserRuleLoadsAndItsExamplesPass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("word.yaml"), GOOD);
        RuleSet set = RuleSetLoader.load(getClass().getClassLoader(), "papageno-test", List.of(dir));
        Rule rule = set.rule("mine/word").orElseThrow();
        try (ExampleRunner runner = new ExampleRunner(set)) {
            for (Example e : rule.spec().examples()) {
                assertEquals(Optional.empty(), runner.check(rule, e));
            }
        }
    }

    @Test
    void unknownKey(@TempDir Path dir) throws Exception {
        ConfigException e = broken(dir, GOOD.replace("rationale: Because.", "rationale: Because.\nreason: x"));
        assertTrue(e.getMessage().matches(".*rule\\.yaml:10:1: unknown key \"reason\"; allowed keys: .*"),
                e.getMessage());
    }

    /** A mistake made in the good rule (the text {@code from} written as {@code to}), and what the load says. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            severity: warning        | severity: critical      | rule.yaml:3:11: severity: "critical" is not allowed; use one of: error, info, warning
            ~  phrases: [loony bin]~ | ~  phrase: [loony bin]~ | rule.yaml:6:3: match: unknown key "phrase" (did you mean phrases?); allowed keys: lemmas, lexicons, phrases, unfixable
            id: mine/word            | id: Mine Word           | rule.yaml:1:5: id: "Mine Word" is not a rule id
            type: phrase             | type: regex             | rule.yaml:2:7: type: "regex" is not a rule type; use one of: phrase, pattern, combination, document, crisis-resources
            [[loony bin]]            | loony bin               | mark the reported span with [[ and ]]
            Say {suggestion}.        | Say {replacement}.      | unknown placeholder {replacement}
            [psychiatric hospital]   | ["{2} hospital"]        | rule.yaml:7:10: suggest: the suggestion "{2} hospital" has {2}, which this rule type does not fill; it knows: {oneself}, {one's}, {verb:<verb>}
            """)
    void aMistakeSaysWhereAndWhat(String from, String to, String expected, @TempDir Path dir) throws Exception {
        ConfigException e = broken(dir, GOOD.replace(from, to));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aPhraseWithNoWordsToMatch(@TempDir Path dir) throws Exception {
        ConfigException e = broken(dir, GOOD.replace("  phrases: [loony bin]", "  phrases: [\"\uD83D\uDD2A\"]"));
        assertTrue(e.getMessage().startsWith(dir.resolve("rule.yaml") + ":6:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("has no words to match"), e.getMessage());
    }

    @Test
    void missingExamples(@TempDir Path dir) throws Exception {
        ConfigException e = broken(dir, GOOD.replace("  - ok: \"The hospital closed.\"\n", ""));
        assertTrue(e.getMessage().contains("examples: needs at least one bad and one ok example"), e.getMessage());
    }

    @Test
    void invalidRegexInPattern(@TempDir Path dir) throws Exception {
        String yaml = GOOD.replace("type: phrase", "type: pattern")
                .replace("  phrases: [loony bin]", "  tokens:\n    - {word: loony}\n    - {regex: \"bi(n\"}");
        ConfigException e = broken(dir, yaml);
        assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
    }

    @Test
    void duplicateId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), GOOD);
        ConfigException e = broken(dir, GOOD);
        assertTrue(e.getMessage().contains("rule id mine/word is already defined"), e.getMessage());
    }

    @Test
    void yamlSyntaxError(@TempDir Path dir) throws Exception {
        ConfigException e = broken(dir, "id: [unclosed\ntype: phrase\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("rule.yaml") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    @Test
    void missingFolder(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> RuleSetLoader.load(
                getClass().getClassLoader(), "papageno-test", List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("rule folder does not exist"), e.getMessage());
    }

    @Test
    void theTestRulesOwnExamplesPass() throws Exception {
        RuleSet set = TestRules.rules();
        try (ExampleRunner runner = new ExampleRunner(set)) {
            for (Rule r : set.rules()) {
                for (Example e : r.spec().examples()) {
                    assertEquals(Optional.empty(), runner.check(r, e), r.spec().id() + " line " + e.line());
                }
            }
        }
    }
}
