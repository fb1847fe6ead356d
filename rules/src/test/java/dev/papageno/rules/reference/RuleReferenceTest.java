package dev.papageno.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.rule.Profile;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reference says about a rule, on a rule written for the test. */
class RuleReferenceTest {

    private static final String RULE = """
            id: sample/sad-words
            type: phrase
            severity: warning
            summary: Sad words used
              casually.
            match:
              lemmas: ["feel blue"]
            suggest: ["{verb:feel} down", "low"]
            message: "Say {suggestion}."
            rationale: >
              Because
              reasons.
            sources: [samaritans-online, "https://example.org/guide"]
            options:
              strict: "false"
            context:
              firstPerson: info
            examples:
              - bad: "He [[feels blue]] today."
                fix: "He feels down today."
              - ok: "Run `blue` now."
              - ok: "Line one\\n\\nLine two"
                format: text
                profile: news
                region: us
            """;

    @Test
    void writesEverythingARuleSays(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sad-words.yaml"), RULE, StandardCharsets.UTF_8);
        RuleSet loaded = RuleSetLoader.load(List.of(dir));
        Rule rule = loaded.rule("sample/sad-words").orElseThrow();
        Map<String, Profile> profiles = Map.of(
                "blog", new Profile("blog", "Personal posts.", Map.of(), Map.of()),
                "news", new Profile("news", "News.", Map.of("sample", RuleSetting.ERROR), Map.of()),
                "clinical", new Profile("clinical", "Clinical writing.", Map.of("sample/sad-words", RuleSetting.OFF),
                        Map.of("sample/sad-words", Map.of("strict", "true"))));
        RuleSet set = new RuleSet(List.of(rule), Map.of(), loaded.sources(), profiles, loaded.resources());

        String md = RuleReference.markdown(set);

        assertTrue(md.contains(RuleReference.REGENERATE), "the header says how to regenerate the page");
        assertTrue(md.contains("- `blog` (default): Personal posts.\n- `clinical`: Clinical writing.\n- `news`: News.\n"),
                md);
        assertTrue(md.contains("- [sample](#sample): [sad-words](#samplesad-words)\n"), md);
        assertTrue(md.contains("\n### sample/sad-words\n"), md);
        assertTrue(md.contains("- **Severity:** warning (clinical: off; clinical sets `strict: true`; news: error)\n"),
                md);
        assertTrue(md.contains("- **Flags:** Sad words used casually.\n"), md);
        assertTrue(md.contains("- **Write instead:** “feel down”, “low” (the first is the automatic fix)\n"), md);
        assertTrue(md.contains("info when writers use the words about themselves."), md);
        assertTrue(md.contains("- **Options:** `strict: false`\n"), md);
        assertTrue(md.contains("**Why.** Because reasons.\n"), md);
        assertTrue(md.contains("- Reported: `He [[feels blue]] today.` → fixed: `He feels down today.`\n"), md);
        assertTrue(md.contains("- Not reported: `` Run `blue` now. ``\n"), md);
        assertTrue(md.contains("- Not reported (text, profile news, region us):\n  ```\n  Line one\n\n  Line two\n  ```\n"),
                md);
        assertTrue(md.contains("**Sources:** [Samaritans, How to talk about suicide safely online]("
                + "<https://samaritans.org/ireland/about-samaritans/research-policy/internet-suicide/"
                + "how-talk-about-suicide-safely-online>); [https://example.org/guide](<https://example.org/guide>)\n"),
                md);
        assertTrue(md.endsWith(")\n") && !md.endsWith("\n\n"), "the page ends with one newline");
    }

    @Test
    void helpersKeepTextExact() {
        assertEquals("die by suicide", RuleReference.plainWords("{verb:die} by suicide"));
        assertEquals("`plain`", RuleReference.codeSpan("plain"));
        assertEquals("``` a `` b ```", RuleReference.codeSpan("a `` b"));
        assertEquals("stigmacommitted-suicide", RuleReference.anchor("stigma/committed-suicide"));
        assertEquals("a [[b]] c", RuleReference.marked("a b c", new dev.papageno.core.source.TextRange(2, 3)));
    }
}
