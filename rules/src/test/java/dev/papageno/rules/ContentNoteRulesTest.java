package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content-note rules on whole drafts: why a draft counts, where a late note is, what to write. */
class ContentNoteRulesTest {

    private static List<Finding> lint(String text, InputFormat format, String profile) throws Exception {
        Linter.Builder b = Linter.builder().ruleSet(RuleSetLoader.builtIn()).threads(1);
        if (profile != null) {
            b.profile(profile);
        }
        try (Linter linter = b.build()) {
            return linter.lint(LintRequest.text("draft", text, format)).findings().stream()
                    .filter(f -> f.category().equals("trigger-warning")).toList();
        }
    }

    /** The rules of every finding on a Markdown post, in order. */
    private static List<String> rulesOf(String post) throws Exception {
        try (Linter linter = Linter.builder().ruleSet(RuleSetLoader.builtIn()).threads(1).build()) {
            return linter.lint(LintRequest.text("post.md", post, InputFormat.MARKDOWN)).findings().stream()
                    .map(Finding::rule).toList();
        }
    }

    @Test
    void theFindingQuotesTheSentencesThatTellOfTheTopic() throws Exception {
        String text = "# Suicide\n\nMy brother died by suicide in 2019. His suicide still hurts. I started to self-harm"
                + " after the funeral.\n\nCall or text 988 if you need to talk.";
        List<Finding> found = lint(text, InputFormat.MARKDOWN, null);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("trigger-warning/missing", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(0, f.range().start());
        assertEquals(0, f.range().length());
        assertTrue(f.message().contains("it tells of suicide: “My brother died by suicide in 2019.” (line 3)"),
                f.message());
        assertTrue(f.message().contains("it tells of self-harm: "), f.message());
        assertTrue(f.message().contains("“I started to self-harm after the funeral.” (line 3)"), f.message());
        assertTrue(f.message().contains("suicide and self-harm"), f.message());
        assertEquals(List.of("Content note: this post talks about suicide and self-harm. Support contacts are listed"
                + " below."), f.suggestions());
        assertTrue(f.rationale().contains("weak"), "the rationale is honest about the evidence");
    }

    @Test
    void aPostThatOnlyJokesAboutSuicideIsNotAboutSuicide() throws Exception {
        String post = "Three exams in one week. Honestly I could kill myself lol.\n\n"
                + "Revision is going terribly, kms. At least the library has good coffee, haha, I'd die without it.";
        List<String> rules = rulesOf(post);
        assertTrue(rules.contains("stigma/kill-myself-hyperbole"), rules.toString());
        assertTrue(!rules.contains("trigger-warning/missing") && !rules.contains("crisis-resources/missing"),
                rules.toString());
    }

    @Test
    void hyperboleOverAnEverydayAnnoyanceIsAJokeNotWritingAboutSuicide() throws Exception {
        String post = "The printer jammed again and I'm about ready to throw myself out of the window.\n\n"
                + "Also the wifi is down, so that's the afternoon gone.";
        List<String> rules = rulesOf(post);
        assertEquals(List.of("stigma/kill-myself-hyperbole"), rules);
    }

    @Test
    void hyperboleNextToRealDistressStillCounts() throws Exception {
        String post = "I failed the exam and I feel so hopeless that I want to throw myself off the roof.\n\n"
                + "I haven't told anyone how bad it has got.";
        List<String> rules = rulesOf(post);
        assertTrue(rules.contains("crisis-resources/missing"), rules.toString());
    }

    @Test
    void anEatingDisorderDraftIsNamedAsSuch() throws Exception {
        String text = "My sister lived with anorexia for ten years. Her eating disorder began when she was fourteen.";
        Finding f = lint(text, InputFormat.MARKDOWN, null).get(0);
        assertEquals(List.of("Content note: this post talks about eating disorders."), f.suggestions());
    }

    @Test
    void aLateNoteIsReportedWhereItIsAndNamesTheFirstPassage() throws Exception {
        String text = "A quiet year\n\nI tried to kill myself last March. I want to tell you how I got through it.\n\n"
                + "TW: suicide attempt\n\nThe months after my suicide attempt were slow.\n";
        List<Finding> found = lint(text, InputFormat.TEXT, null);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("trigger-warning/late", f.rule());
        assertEquals(text.indexOf("TW: suicide"), f.range().start());
        assertTrue(f.message().contains("line 3"), f.message());
        assertTrue(f.message().contains("I tried to kill myself last March."), f.message());
    }

    @Test
    void theNewsAndClinicalProfilesMakeContentNotesSuggestions() throws Exception {
        String text = "He died by suicide in 2019. I think about his suicide every day. Call or text 988.";
        assertEquals(Severity.WARNING, lint(text, InputFormat.MARKDOWN, "blog").get(0).severity());
        assertEquals(Severity.INFO, lint(text, InputFormat.MARKDOWN, "news").get(0).severity());
        assertEquals(Severity.INFO, lint(text, InputFormat.MARKDOWN, "clinical").get(0).severity());
    }

    @Test
    void aNoteInAMarkdownHtmlBlockCounts() throws Exception {
        String text = "<details>\n<summary>Content warning</summary>\n\nSuicide and self-harm.\n\n</details>\n\n"
                + "For years I hid my self-harm. Self-harm was how I coped. Call or text 988 if you need to talk.";
        assertEquals(List.of(), lint(text, InputFormat.MARKDOWN, null));
    }
}
