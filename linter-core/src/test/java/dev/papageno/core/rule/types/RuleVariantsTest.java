package dev.papageno.core.rule.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule-file features the phrase and pattern types share: variants with their own suggestions
 * and conditions, suggestion slots, hyphens in patterns and first-person handling.
 */
class RuleVariantsTest {

    @TempDir
    Path dir;

    private static final String HEAD = "type: %s\nseverity: warning\nsummary: s\nmessage: \"{match} -> {suggestion}\"\n"
            + "rationale: r\nsources: [\"https://example.org/guide\"]\n";

    private List<Finding> lint(String rule, String text) throws Exception {
        Files.writeString(dir.resolve("rule.yaml"), rule);
        RuleSet set = RuleSetLoader.load(getClass().getClassLoader(), "enginetest", List.of(dir));
        try (Linter linter = Linter.builder().ruleSet(set).threads(1).build()) {
            return linter.lint(LintRequest.text("t.md", text, InputFormat.MARKDOWN)).findings();
        }
    }

    private static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.text() + " -> " + String.join(" | ", f.suggestions())
                        + (f.fix().isPresent() ? "" : " (no fix)") + " " + f.severity())
                .collect(Collectors.joining("\n"));
    }

    private static String phraseRule(String body) {
        return "id: test/phrase\n" + String.format(HEAD, "phrase") + body
                + "examples:\n  - bad: \"[[x]]\"\n  - ok: \"y\"\n";
    }

    private static String patternRule(String body) {
        return "id: test/pattern\n" + String.format(HEAD, "pattern") + body
                + "examples:\n  - bad: \"[[x]]\"\n  - ok: \"y\"\n";
    }

    @Test
    void variantsHaveTheirOwnSuggestionsAndTheLongerOrEarlierWins() throws Exception {
        String rule = phraseRule("""
                match:
                  phrases: ["suicide bid"]
                suggest: ["suicide attempt"]
                variants:
                  - phrases: ["suicide bids"]
                    suggest: ["suicide attempts"]
                  - phrases: ["failed suicide bid"]
                    suggest: ["suicide attempt (survived)"]
                    fix: false
                """);
        assertEquals("""
                suicide bid -> suicide attempt WARNING
                suicide bids -> suicide attempts WARNING
                failed suicide bid -> suicide attempt (survived) (no fix) WARNING""",
                describe(lint(rule, "A suicide bid. Two suicide bids. A failed suicide bid.")));
    }

    @Test
    void onEqualSpansTheFirstListedMatchThatPassesItsConditionsWins() throws Exception {
        String rule = phraseRule("""
                match:
                  lemmas: ["complete suicide"]
                unless:
                  before: [of]
                suggest: ["{verb:die} by suicide"]
                variants:
                  - phrases: ["completed suicide"]
                    suggest: ["suicide"]
                    unless:
                      after: [prevention]
                """);
        assertEquals("""
                completed suicide -> died by suicide WARNING
                completed suicide -> suicide WARNING""",
                describe(lint(rule, "He completed suicide. Rates of completed suicide rose.")));
    }

    @Test
    void variantsInheritTheRuleConditionsUnlessTheyGiveTheirOwn() throws Exception {
        String rule = phraseRule("""
                match:
                  phrases: ["failed attempt"]
                requires:
                  lexicons: [topic]
                  window: 0
                suggest: ["suicide attempt"]
                variants:
                  - phrases: ["failed attempts"]
                    suggest: ["suicide attempts"]
                  - phrases: ["botched attempt"]
                    requires:
                      lexicons: [topic]
                      window: 1
                """);
        assertEquals("", describe(lint(rule, "A failed attempt. Two failed attempts. A botched attempt.")));
        assertEquals("""
                failed attempts -> suicide attempts WARNING
                botched attempt -> suicide attempt WARNING""",
                describe(lint(rule, "Suicide: two failed attempts. A botched attempt.")));
    }

    @Test
    void suggestionsFollowTheInflectedWordAndThePronounsOfTheMatch() throws Exception {
        String rule = phraseRule("""
                match:
                  lemmas: ["mutilate oneself"]
                suggest: ["{verb:harm} {oneself}"]
                variants:
                  - lemmas: ["self-mutilate"]
                    suggest: ["self-{verb:harm}"]
                  - lemmas: ["choose to end one's life"]
                    suggest: ["{verb:take} {one's} own life"]
                """);
        assertEquals("""
                mutilating herself -> harming herself WARNING
                self-mutilated -> self-harmed WARNING
                chose to end his life -> took his own life WARNING""",
                describe(lint(rule, "She was mutilating herself. He self-mutilated. He chose to end his life.")));
    }

    @Test
    void acronymsKeepSuggestionsInLowerCase() {
        assertEquals(List.of("particular"), Suggestions.render(List.of("particular"), null, null, "", "OCD"));
        assertEquals(List.of("Died by suicide"),
                Suggestions.render(List.of("{verb:die} by suicide"), "commit", "committed", "", "Committed suicide"));
        assertEquals(List.of("DIED BY SUICIDE"),
                Suggestions.render(List.of("{verb:die} by suicide"), "commit", "committed", "", "COMMITTED SUICIDE"));
    }

    @Test
    void patternsTreatHyphensAsSpacesAndFillElementSlots() throws Exception {
        String rule = patternRule("""
                match:
                  tokens:
                    - {words: [mentally], anchor: true}
                    - {words: [ill]}
                    - {words: [people, inmates, patients]}
                suggest: ["{2} with mental illness"]
                variants:
                  - tokens:
                      - {words: [manic], anchor: true}
                      - {words: [depressive]}
                    suggest: ["person with bipolar disorder"]
                """);
        assertEquals("""
                mentally-ill inmates -> inmates with mental illness WARNING
                Mentally ill people -> People with mental illness WARNING
                manic-depressive -> person with bipolar disorder WARNING""",
                describe(lint(rule, "Some mentally-ill inmates. Mentally ill people vote. He is a manic-depressive.")));
    }

    @Test
    void aPhraseWrittenAsAHashtagCountsOnlyAsAHashtag() throws Exception {
        String rule = phraseRule("""
                match:
                  phrases: ["#glitter"]
                """);
        assertEquals("glitter ->  (no fix) WARNING",
                describe(lint(rule, "Glitter everywhere. Posting #glitter tonight.")));
    }

    @Test
    void theSecondPartOfAHyphenatedPairMatchesWhereTheTokenizerCutsItWithItsHyphen() throws Exception {
        // The tokenizer reads "super-psycho" as "super" and "-psycho".
        String rule = patternRule("""
                match:
                  tokens:
                    - {words: [super, total]}
                    - {words: [psycho], anchor: true}
                  mark: [0, 1]
                suggest: ["furious"]
                fix: false
                """);
        assertEquals("super-psycho -> furious (no fix) WARNING\ntotal psycho -> furious (no fix) WARNING",
                describe(lint(rule, "My ex is super-psycho and rude. She is a total psycho at work.")));
    }

    @Test
    void aNegatedElementAlsoMatchesAtTheEndOfTheSentence() throws Exception {
        String rule = patternRule("""
                match:
                  tokens:
                    - {words: [the]}
                    - {words: [insane], anchor: true}
                    - {pos: [NOUN, ADJ], negate: true}
                suggest: ["people with mental illness"]
                """);
        assertEquals("the insane -> people with mental illness WARNING",
                describe(lint(rule, "Care for the insane")));
        assertEquals("", describe(lint(rule, "The insane amount of work")));
    }

    @Test
    void aPatternWordWithAHyphenIsALoadError() {
        String rule = patternRule("""
                match:
                  tokens:
                    - {words: [manic-depressive]}
                """);
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> lint(rule, "x"));
        assertTrue(e.getMessage().contains("hyphen"), e.getMessage());
    }

    @Test
    void onlyOneElementCanBeTheAnchor() {
        String rule = patternRule("""
                match:
                  tokens:
                    - {words: [a], anchor: true}
                    - {words: [b], anchor: true}
                """);
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> lint(rule, "x"));
        assertTrue(e.getMessage().contains("only one element"), e.getMessage());
    }

    @Test
    void firstPersonCanSwitchAFindingOffOrLowerIt() throws Exception {
        String off = phraseRule("""
                match:
                  lemmas: ["suffer from"]
                suggest: ["{verb:live} with"]
                context:
                  firstPerson: "off"
                """);
        assertEquals("", describe(lint(off, "I suffer from depression.")));
        assertEquals("suffers from -> lives with WARNING", describe(lint(off, "She suffers from depression.")));
        String info = off.replace("\"off\"", "info");
        assertEquals("suffer from -> live with INFO", describe(lint(info, "I suffer from depression.")));
    }
}
