package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.Finding;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crisis-resource rules on whole drafts: what they report, where, how severe, and what they suggest. */
class CrisisResourceRulesTest {

    private static List<Finding> lint(String text, InputFormat format, String region, String profile)
            throws Exception {
        Linter.Builder b = Linter.builder().ruleSet(RuleSetLoader.builtIn()).threads(1);
        if (region != null) {
            b.region(region);
        }
        if (profile != null) {
            b.profile(profile);
        }
        try (Linter linter = b.build()) {
            return linter.lint(LintRequest.text("draft", text, format)).findings();
        }
    }

    private static List<Finding> lint(String text, String region) throws Exception {
        return lint(text, InputFormat.MARKDOWN, region, null);
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = CrisisResourceRulesTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedExcerptGetsOutdatedFindingsWithTheNewLineAndNothingMissing() throws Exception {
        String text = fixture("seed-nssi-excerpt.txt");
        List<Finding> all = lint(text, InputFormat.TEXT, null, null);
        List<Finding> outdated = of(all, "crisis-resources/outdated");
        Finding number = outdated.stream().filter(f -> f.text().equals("800-273-TALK (8255)")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on the number: " + outdated));
        assertEquals(List.of("988"), number.suggestions());
        assertEquals(Severity.WARNING, number.severity());
        assertTrue(number.message().contains("16 July 2022"), number.message());
        Finding site = outdated.stream().filter(f -> f.text().equals("suicidepreventionlifeline.org")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on the address: " + outdated));
        assertEquals(List.of("988lifeline.org"), site.suggestions());
        assertEquals("988lifeline.org", site.fix().orElseThrow().replacement());
        assertEquals(text.indexOf("suicidepreventionlifeline.org"), site.range().start());
        assertEquals(List.of(), of(all, "trigger-warning/missing"), "the disclaimer is a content note");
        assertEquals(List.of(), of(all, "trigger-warning/late"));
        assertEquals(List.of(), of(all, "crisis-resources/missing"), "an outdated line still counts as help");
    }

    @Test
    void usLinesForUkReadersAreAMismatch() throws Exception {
        String text = "If you are struggling, call or text 988 or visit 988lifeline.org.";
        List<Finding> mismatch = of(lint(text, "uk"), "crisis-resources/region-mismatch");
        assertEquals(1, mismatch.size(), mismatch.toString());
        Finding f = mismatch.get(0);
        assertEquals("988", f.text());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("the United Kingdom"), f.message());
        assertTrue(f.message().contains("116 123"), f.message());
        assertTrue(f.message().contains("999"), f.message());
        assertEquals(List.of(), of(lint(text, "us"), "crisis-resources/region-mismatch"));
        assertEquals(List.of(), of(lint(text, null), "crisis-resources/region-mismatch"));
    }

    @Test
    void consolesNumberIsClosedWithPietaAsTheFix() throws Exception {
        String text = "Content note: suicide.\n\nMy brother died by suicide. I still think of his suicide."
                + " If you need to talk, call Console on 1800 201 890.";
        List<Finding> all = lint(text, "ie");
        List<Finding> closed = of(all, "crisis-resources/closed");
        assertEquals(1, closed.size(), all.toString());
        assertEquals(Severity.ERROR, closed.get(0).severity());
        assertEquals("1800 201 890", closed.get(0).text());
        assertEquals("1800 247 247", closed.get(0).fix().orElseThrow().replacement());
        assertTrue(closed.get(0).message().contains("July 2016"), closed.get(0).message());
        assertEquals(1, of(all, "crisis-resources/missing").size(), "a closed line is no help: " + all);
    }

    @Test
    void aSuicideDraftWithoutLinesListsTheRegionsCurrentLines() throws Exception {
        String text = "Content note: suicide.\n\nMy brother died by suicide in 2019. I still think about his"
                + " suicide every day.";
        Finding uk = of(lint(text, "uk"), "crisis-resources/missing").get(0);
        assertEquals(Severity.ERROR, uk.severity());
        assertEquals(0, uk.range().start());
        assertTrue(uk.message().contains("Samaritans (call 116 123"), uk.message());
        assertTrue(uk.message().contains("2 sentences"), uk.message());
        assertTrue(uk.suggestions().stream().anyMatch(s -> s.contains("116 123")), uk.suggestions().toString());
        Finding us = of(lint(text, "us"), "crisis-resources/missing").get(0);
        assertTrue(us.message().contains("call 988"), us.message());
        assertFalse(us.message().contains("thetrevorproject"), "unverified lines are never suggested");
        Finding anywhere = of(lint(text, null), "crisis-resources/missing").get(0);
        assertTrue(anywhere.message().contains("findahelpline.com"), anywhere.message());
        assertTrue(anywhere.message().contains("befrienders.org"), anywhere.message());
    }

    @Test
    void historicalNarrationIsOnlyInfoWithoutAFix() throws Exception {
        String text = "When I called the old Lifeline number in 2019, 1-800-273-8255, a volunteer stayed with me.";
        Finding f = of(lint(text, null), "crisis-resources/outdated").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.fix().isEmpty());
        assertEquals(List.of("988"), f.suggestions());
    }

    @Test
    void unverifiedLinesCountAsHelpAndAreNeverReported() throws Exception {
        String text = "Content note: suicide.\n\nMy brother died by suicide in 2019. I still think about his"
                + " suicide every day. LGBTQ+ young people can call the Trevor Project on 1-866-488-7386.";
        List<Finding> all = lint(text, "us");
        assertEquals(List.of(), all.stream().filter(f -> f.category().equals("crisis-resources")).toList());
    }

    @Test
    void eatingDisorderDraftsAskForSupportButNotForACrisisLine() throws Exception {
        String text = "My sister lived with anorexia for ten years. Her eating disorder began when she was fourteen.";
        List<Finding> all = lint(text, null);
        assertEquals(List.of("crisis-resources/eating-disorder-support", "trigger-warning/missing"),
                all.stream().map(Finding::rule).sorted().toList());
    }

    @Test
    void statisticsAreAboutSuicideButTellOfNoOne() throws Exception {
        String text = "Suicide rates rose in the cohort. Suicide risk was higher in the month after discharge.";
        List<Finding> all = lint(text, InputFormat.MARKDOWN, "us", "blog");
        assertEquals(List.of("crisis-resources/missing"), all.stream().map(Finding::rule).toList());
        assertTrue(all.get(0).message().contains("2 sentences of its body speak of suicide"), all.get(0).message());
    }

    @Test
    void theClinicalProfileMakesContentNotesAndHelpLinesSuggestions() throws Exception {
        String text = "A 34-year-old man was admitted after a suicide attempt. He had tried to end his life once"
                + " before, in 2019.";
        List<Finding> all = lint(text, InputFormat.MARKDOWN, "us", "clinical");
        assertEquals(Severity.INFO, of(all, "trigger-warning/missing").get(0).severity());
        assertEquals(Severity.INFO, of(all, "crisis-resources/missing").get(0).severity());
        List<Finding> blog = lint(text, InputFormat.MARKDOWN, "us", "blog");
        assertEquals(Severity.WARNING, of(blog, "trigger-warning/missing").get(0).severity());
        assertEquals(Severity.ERROR, of(blog, "crisis-resources/missing").get(0).severity());
    }

    @Test
    void linksToTheOldSiteAndTelLinksAreFound() throws Exception {
        String text = "Content note: suicide.\n\nMy brother died by suicide. I think about his suicide daily."
                + " [Call the Lifeline](tel:18002738255) or [chat](https://suicidepreventionlifeline.org/chat).";
        List<Finding> outdated = of(lint(text, null), "crisis-resources/outdated");
        assertEquals(List.of("tel:18002738255", "https://suicidepreventionlifeline.org/chat"),
                outdated.stream().map(Finding::text).toList());
        assertEquals("tel:988", outdated.get(0).fix().orElseThrow().replacement());
    }
}
