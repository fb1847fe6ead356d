package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import dev.papageno.core.config.ConfigLoader;
import dev.papageno.core.source.InputFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention, quotation, first person, reference sections, inline control comments, allowed phrases. */
class ContextTest {

    private static List<Finding> of(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void mentionIsNotUse() {
        assertTrue(TestRules.md("Avoid the phrase 'committed suicide'.").isEmpty());
        assertTrue(TestRules.md("Say “died by suicide” instead of “committed suicide”.").isEmpty());
        assertTrue(TestRules.md("We no longer say committed suicide.").isEmpty());
        assertTrue(TestRules.md("The phrase “committed suicide” is outdated.").isEmpty());
        assertTrue(TestRules.md("“Committed suicide” is outdated, say “died by suicide”.").isEmpty());
    }

    @Test
    void aTableColumnOfWordsToAvoidIsMention() {
        String table = "| Instead of | Write |\n|---|---|\n| committed suicide | died by suicide |\n";
        assertTrue(of(TestRules.md(table), "test/committed").isEmpty());
        String html = "<table><tr><th>Avoid</th><th>Use</th></tr><tr><td>committed suicide</td><td>died by suicide"
                + "</td></tr></table>";
        assertTrue(of(TestRules.lint(html, InputFormat.HTML), "test/committed").isEmpty());
        String plain = "| Year | Event |\n|---|---|\n| 2019 | he committed suicide |\n";
        assertEquals(1, of(TestRules.md(plain), "test/committed").size());
    }

    @Test
    void aClaimBeingDiscussedIsMention() {
        assertTrue(of(TestRules.md("She set aside the idea that her son is a cutter."), "test/cutter").isEmpty());
        assertEquals(1, of(TestRules.md("She set aside the idea, then called her son a cutter."), "test/cutter")
                .size());
    }

    @Test
    void namesInTitleCaseAreNotLabels() {
        assertTrue(of(TestRules.md("We bought it from Cutter Brothers in town."), "test/cutter").isEmpty());
        assertEquals(1, of(TestRules.md("Cutter, they called him."), "test/cutter").size());
    }

    @Test
    void aFirstPersonPronounElsewhereInTheSentenceIsNotASelfLabel() {
        assertEquals(Severity.WARNING, of(TestRules.md("I think half the class called him a cutter."), "test/cutter")
                .get(0).severity());
        assertEquals(Severity.INFO, of(TestRules.md("They called me a cutter."), "test/cutter").get(0).severity());
        assertEquals(Severity.INFO, of(TestRules.md("I was proud to call myself a cutter once."), "test/cutter")
                .get(0).severity());
    }

    @Test
    void twoRulesOfACategoryOnTheSameWordsGiveOneFinding() {
        List<Finding> f = TestRules.md("They called her a cutter.");
        assertEquals(1, f.stream().filter(x -> x.text().equals("cutter")).count());
    }

    @Test
    void useNearAMentionCueIsStillUse() {
        assertEquals(1, of(TestRules.md("Avoid crowds, he said, the week he committed suicide."),
                "test/committed").size());
    }

    @Test
    void quotationLowersSeverity() {
        Finding f = of(TestRules.md("The coroner said he “committed suicide” that night."), "test/committed").get(0);
        assertEquals(Severity.INFO, f.severity());
        Finding q = of(TestRules.md("> He committed suicide, the report said."), "test/committed").get(0);
        assertEquals(Severity.INFO, q.severity());
        Finding plain = of(TestRules.md("He committed suicide that night."), "test/committed").get(0);
        assertEquals(Severity.WARNING, plain.severity());
    }

    @Test
    void quotationNeverExcusesMethodDetail() {
        Finding f = of(TestRules.md("She wrote: “I used razors to cut myself.”"), "test/tools").get(0);
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void firstPersonLabelDropsToInfo() {
        assertEquals(Severity.INFO, of(TestRules.md("I was a cutter for six years."), "test/cutter").get(0).severity());
        assertEquals(Severity.WARNING, of(TestRules.md("They called her a cutter."), "test/cutter").get(0).severity());
    }

    @Test
    void referenceSectionsAndCitationsAreSkipped() {
        String md = "Body.\n\n## References\n\n- Smith, J. (2001). Why he committed suicide. Journal.\n";
        assertTrue(TestRules.md(md).isEmpty());
        String txt = "A post\n\nBody text here.\n\nSupporting Research\nSmith, J. (2001). Why people committed suicide."
                + " Journal, 3(2), 1-9.\nJones, K. (2005). Title. Press.\n";
        assertTrue(TestRules.lint(txt, InputFormat.TEXT).isEmpty());
        assertTrue(TestRules.md("Smith, J. A. (2001). How he committed suicide. Journal of Things, 3, 1-9.")
                .isEmpty(), "a citation line outside a reference section");
    }

    @Test
    void sectionAfterReferencesIsCheckedAgain() {
        String md = "## References\n\nA list.\n\n## Afterword\n\nHe committed suicide.\n";
        assertEquals(1, TestRules.md(md).size());
    }

    @Test
    void disableAndEnableComments() {
        String md = "<!-- papageno-disable test/committed -->\nHe committed suicide.\n\n"
                + "<!-- papageno-enable test/committed -->\nShe committed suicide.\n";
        List<Finding> f = of(TestRules.md(md), "test/committed");
        assertEquals(1, f.size());
        assertEquals(5, f.get(0).line());
    }

    @Test
    void disableNextLine() {
        String md = "<!-- papageno-disable-next-line test/committed -->\nHe committed suicide.\nShe committed suicide.\n";
        List<Finding> f = of(TestRules.md(md), "test/committed");
        assertEquals(1, f.size());
        assertEquals(3, f.get(0).line());
    }

    @Test
    void disableWithoutIdsOrWithCategoryCoversAll() {
        assertTrue(TestRules.md("<!-- papageno-disable -->\nHe committed suicide. They called her a cutter.\n")
                .isEmpty());
        assertTrue(TestRules.md("<!-- papageno-disable test -->\nHe committed suicide.\n").isEmpty());
    }

    @Test
    void disableWorksInPlainTextAndHtml() {
        assertTrue(TestRules.lint("<!-- papageno-disable test/committed -->\nHe committed suicide.\n",
                InputFormat.TEXT).isEmpty());
        assertTrue(TestRules.lint("<!-- papageno-disable-next-line -->\n<p>He committed suicide.</p>",
                InputFormat.HTML).isEmpty());
    }

    @Test
    void documentLevelFindingCanBeDisabled() {
        String md = "He died by suicide. His suicide shocked us.\n";
        assertEquals(1, of(TestRules.md(md), "test/note").size());
        assertTrue(of(TestRules.md("<!-- papageno-disable test/note -->\n" + md), "test/note").isEmpty());
    }

    @Test
    void allowedPhrasesAreNotReported() throws Exception {
        var cfg = ConfigLoader.parse("allow: [\"Committed Suicide\"]\n", "cfg.yml", Path.of("."));
        try (Linter l = TestRules.builder().config(cfg).build()) {
            assertTrue(l.lint(LintRequest.text("t", "He committed suicide.", InputFormat.MARKDOWN)).findings().isEmpty());
        }
    }

    @Test
    void unlessBeforeCancelsAMatch() {
        assertTrue(TestRules.md("The paper cutter jammed again.").isEmpty());
    }

    @Test
    void patternRuleUsesPartOfSpeechAndMark() {
        Finding f = TestRules.md("She is so OCD about her desk.").get(0);
        assertEquals("test/so-ocd", f.rule());
        assertEquals("so OCD", f.text());
    }

    @Test
    void documentFindingExplainsWhyTheDraftCounted() {
        Finding f = of(TestRules.md("He died by suicide. His suicide shocked us. We talk about suicide."),
                "test/note").get(0);
        assertEquals(1, f.line());
        assertEquals(1, f.column());
        assertEquals(0, f.length());
        assertTrue(f.message().contains("3 sentences"), f.message());
        assertTrue(f.message().contains("suicide"), f.message());
    }

    @Test
    void profileChangesSeverity() throws Exception {
        try (Linter l = TestRules.builder().profile("strict").build()) {
            assertEquals(Severity.ERROR, l.lint(LintRequest.text("t", "He committed suicide.", InputFormat.MARKDOWN)).findings().get(0)
                    .severity());
        }
    }

    @Test
    void configCanSwitchARuleOff() throws Exception {
        var cfg = ConfigLoader.parse("rules:\n  test/committed: off\n", "cfg.yml", Path.of("."));
        try (Linter l = TestRules.builder().config(cfg).build()) {
            assertTrue(l.lint(LintRequest.text("t", "He committed suicide.", InputFormat.MARKDOWN)).findings().isEmpty());
        }
    }
}
