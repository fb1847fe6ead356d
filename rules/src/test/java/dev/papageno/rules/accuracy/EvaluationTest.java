package dev.papageno.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import dev.papageno.rules.accuracy.AccuracyReport.Counts;
import dev.papageno.rules.accuracy.AccuracyReport.DocumentCounts;
import dev.papageno.rules.accuracy.AccuracyReport.Kind;
import dev.papageno.rules.accuracy.AccuracyReport.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring on tiny cases whose answers are worked out by hand. */
class EvaluationTest {

    private static final Set<String> LOADED = Set.of("stigma/committed-suicide", "stigma/cutter",
            "stigma/slur-about-people", "trigger-warning/missing");

    @Test
    void spanCountsPerCategoryAndRule() throws Exception {
        String text = "He committed suicide in May. She is so OCD about it. The paper cutter jammed.";
        AccuracyCase c = parse("a.md", text, """
                findings:
                  - rule: stigma/committed-suicide
                    text: "committed suicide"
                  - rule: stigma/diagnosis-trivialised
                    text: "so OCD"
                traps:
                  - text: "paper cutter"
                    note: a tool
                """);
        List<Finding> findings = List.of(
                finding(c, "stigma/committed-suicide", "committed suicide", Severity.WARNING),
                finding(c, "stigma/committed-suicide", "suicide in May", Severity.WARNING),
                finding(c, "stigma/cutter", "cutter", Severity.WARNING));
        AccuracyReport r = Evaluation.evaluate("t", List.of(new CaseResult(c, findings, List.of())), LOADED);

        Counts stigma = r.category("stigma").orElseThrow();
        assertEquals(new Counts(2, 1, 2, 1), stigma);
        assertEquals(3, stigma.findings());
        assertEquals(1, stigma.falseNegatives());
        assertEquals(2.0 / 3, stigma.precision().getAsDouble(), 1e-9);
        assertEquals(0.5, stigma.recall().getAsDouble(), 1e-9);
        assertEquals(new Counts(2, 0, 1, 1), r.rule("stigma/committed-suicide").orElseThrow());
        assertEquals(new Counts(0, 1, 0, 0), r.rule("stigma/cutter").orElseThrow());
        assertTrue(r.rule("stigma/cutter").orElseThrow().recall().isEmpty());
        assertEquals(new Counts(0, 0, 1, 0), r.rule("stigma/diagnosis-trivialised").orElseThrow());
        assertTrue(r.rule("stigma/diagnosis-trivialised").orElseThrow().precision().isEmpty());

        List<Problem> problems = r.problems();
        assertEquals(2, problems.size());
        Problem fn = problems.get(0);
        assertEquals(Kind.FALSE_NEGATIVE, fn.kind());
        assertEquals("stigma/diagnosis-trivialised", fn.rule());
        assertEquals(text.indexOf("so OCD"), fn.offset());
        Problem fp = problems.get(1);
        assertEquals(Kind.FALSE_POSITIVE, fp.kind());
        assertEquals("cutter", fp.words());
        assertEquals("trap: a tool", fp.remark());
    }

    @Test
    void aCategoryExpectationAcceptsAnyRuleOfItButARuleIdOnlyItself() throws Exception {
        String text = "We need services for the mentally ill. The crazed gunman fled.";
        AccuracyCase c = parse("b.txt", text, """
                findings:
                  - rule: stigma
                    text: "the mentally ill"
                  - rule: stigma/violence-link
                    text: "crazed gunman"
                """);
        List<Finding> findings = List.of(
                finding(c, "stigma/the-mentally-ill", "the mentally ill", Severity.WARNING),
                finding(c, "stigma/slur-about-people", "crazed", Severity.WARNING));
        AccuracyReport r = Evaluation.evaluate("t", List.of(new CaseResult(c, findings, List.of())), LOADED);

        assertEquals(new Counts(1, 1, 2, 1), r.category("stigma").orElseThrow());
        assertEquals(new Counts(1, 0, 0, 0), r.rule("stigma/the-mentally-ill").orElseThrow(),
                "a category expectation is not counted against any one rule");
        Problem fp = r.problems().stream().filter(p -> p.kind() == Kind.FALSE_POSITIVE).findFirst().orElseThrow();
        assertEquals("expected here: stigma/violence-link", fp.remark());
        Problem fn = r.problems().stream().filter(p -> p.kind() == Kind.FALSE_NEGATIVE).findFirst().orElseThrow();
        assertEquals("found here: stigma/slur-about-people", fn.remark());
    }

    @Test
    void softenedPlacesCountNeitherWayUnlessTheFindingIsTooStrong() throws Exception {
        String text = "I was a cutter. \"He was a psycho,\" she said. \"Nuts,\" he said.";
        AccuracyCase c = parse("c.md", text, """
                findings:
                  - rule: stigma/cutter
                    text: "cutter"
                    atMost: info
                  - rule: stigma/slur-about-people
                    text: "psycho"
                    atMost: info
                  - rule: stigma/slur-about-people
                    text: "Nuts"
                    atMost: info
                """);
        List<Finding> findings = List.of(
                finding(c, "stigma/cutter", "cutter", Severity.INFO),
                finding(c, "stigma/slur-about-people", "psycho", Severity.WARNING));
        AccuracyReport r = Evaluation.evaluate("t", List.of(new CaseResult(c, findings, List.of())), LOADED);

        assertEquals(new Counts(0, 1, 0, 0), r.category("stigma").orElseThrow());
        assertEquals(1, r.toleratedSpans());
        Problem fp = r.problems().get(0);
        assertEquals("psycho", fp.words());
        assertEquals(Optional.of(Severity.WARNING), fp.severity());
        assertTrue(fp.remark().startsWith("allowed here at most as info"), fp.remark());
        assertFalse(r.problems().stream().anyMatch(p -> p.kind() == Kind.FALSE_NEGATIVE),
                "a softened place without a finding is not a miss");
    }

    @Test
    void documentRulesAreScoredOncePerDraft() throws Exception {
        String text = "Suicide is hard to write about. He died by suicide.";
        AccuracyCase expectsNote = parse("d1.md", text, "document: [trigger-warning/missing]\n");
        AccuracyCase clean = parse("d2.md", text, "document: []\n");
        AccuracyCase late = parse("d3.md", text, "document: [trigger-warning/late]\n");
        AccuracyCase clinical = parse("d4.md", text, """
                profile: clinical
                document:
                  - rule: trigger-warning/missing
                    atMost: info
                  - rule: crisis-resources/missing
                    atMost: info
                """);
        List<CaseResult> results = List.of(
                new CaseResult(expectsNote, List.of(document(expectsNote, "trigger-warning/missing", Severity.WARNING),
                        document(expectsNote, "trigger-warning/missing", Severity.WARNING)), List.of()),
                new CaseResult(clean, List.of(document(clean, "trigger-warning/missing", Severity.WARNING)),
                        List.of()),
                new CaseResult(late, List.of(), List.of()),
                new CaseResult(clinical, List.of(document(clinical, "trigger-warning/missing", Severity.INFO),
                        document(clinical, "crisis-resources/missing", Severity.ERROR)), List.of()));
        AccuracyReport r = Evaluation.evaluate("t", results, LOADED);

        assertEquals(new DocumentCounts(4, 1, 3, 1, 1, 0), r.documentRule("trigger-warning/missing").orElseThrow());
        assertEquals(0.5, r.documentRule("trigger-warning/missing").orElseThrow().precision().getAsDouble(), 1e-9);
        assertEquals(1.0, r.documentRule("trigger-warning/missing").orElseThrow().recall().getAsDouble(), 1e-9);
        assertEquals(new DocumentCounts(4, 1, 0, 0, 0, 1), r.documentRule("trigger-warning/late").orElseThrow());
        assertEquals(new DocumentCounts(4, 0, 1, 0, 1, 0), r.documentRule("crisis-resources/missing").orElseThrow());
        assertEquals(1, r.toleratedDocuments());
        assertTrue(r.category("trigger-warning").isEmpty(), "document-level findings are not scored as spans");
        assertTrue(r.category("crisis-resources").isEmpty());
        Problem tooStrong = r.problems().stream().filter(p -> p.caseName().equals("d4.md")).findFirst().orElseThrow();
        assertEquals("allowed here at most as info", tooStrong.remark());
    }

    @Test
    void aRuleListedUnderDocumentIsScoredPerDraftEverywhere() throws Exception {
        String text = "Call or text 988 if you are struggling with thoughts of suicide.";
        AccuracyCase listed = parse("e1.md", text, "region: uk\ndocument: [crisis-resources/region-mismatch]\n");
        AccuracyCase other = parse("e2.md", text, "region: us\n");
        List<CaseResult> results = List.of(
                new CaseResult(listed, List.of(finding(listed, "crisis-resources/region-mismatch", "988",
                        Severity.WARNING)), List.of()),
                new CaseResult(other, List.of(finding(other, "crisis-resources/region-mismatch", "988",
                        Severity.WARNING)), List.of()));
        AccuracyReport r = Evaluation.evaluate("t", results, LOADED);

        assertEquals(new DocumentCounts(2, 1, 2, 1, 1, 0),
                r.documentRule("crisis-resources/region-mismatch").orElseThrow());
        assertTrue(r.category("crisis-resources").isEmpty());
    }

    @Test
    void aZeroLengthFindingOverlapsASpanItTouches() throws Exception {
        AccuracyCase c = parse("f.md", "Text HOME to 741741 now.", """
                findings:
                  - rule: crisis-resources
                    text: "741741"
                """);
        int end = c.spans().get(0).range().end();
        Finding atEnd = new Finding("crisis-resources/unknown-number", "crisis-resources", Severity.INFO, "m",
                TextRange.empty(end), 1, end + 1, 1, end + 1, "", List.of(), List.of(), "", List.of(),
                Optional.empty());
        AccuracyReport r = Evaluation.evaluate("t", List.of(new CaseResult(c, List.of(atEnd), List.of())), LOADED);

        assertEquals(new Counts(1, 0, 1, 1), r.category("crisis-resources").orElseThrow());
    }

    @Test
    void theTableAndTheDetailsShowTheNumbersAndThePlaces() throws Exception {
        String text = "Line one.\nHe committed suicide. She is so OCD.\n";
        AccuracyCase c = parse("g.md", text, """
                findings:
                  - rule: stigma/committed-suicide
                    text: "committed suicide"
                  - rule: stigma/diagnosis-trivialised
                    text: "so OCD"
                document: [trigger-warning/late]
                """);
        List<Finding> findings = List.of(finding(c, "stigma/committed-suicide", "committed suicide",
                Severity.WARNING));
        AccuracyReport r = Evaluation.evaluate("tiny", List.of(new CaseResult(c, findings,
                List.of("region \"ca\" has no crisis-resource data yet"))), LOADED);

        String table = r.table();
        assertTrue(table.startsWith("Accuracy on the tiny set: 1 case, 4 rules loaded"), table);
        assertTrue(lineOf(table, "stigma ").matches("stigma\\s+1\\s+1\\s+0\\s+2\\s+1\\s+1\\s+1\\.00\\s+0\\.50"),
                table);
        assertTrue(lineOf(table, "  stigma/diagnosis-trivialised *").matches(
                "\\s+stigma/diagnosis-trivialised \\*\\s+0\\s+0\\s+0\\s+1\\s+0\\s+1\\s+-\\s+0\\.00"), table);
        assertTrue(lineOf(table, "trigger-warning/late *").matches(
                "trigger-warning/late \\*\\s+1\\s+1\\s+0\\s+0\\s+0\\s+1\\s+-\\s+0\\.00"), table);
        assertTrue(table.contains("region \"ca\" has no crisis-resource data yet (1 draft)"), table);

        String details = r.details("sets/tiny/");
        assertTrue(details.contains("sets/tiny/g.md:2:30: FN stigma/diagnosis-trivialised “so OCD”"), details);
        assertTrue(details.contains("sets/tiny/g.md:1:1: FN trigger-warning/late - expected for this draft"), details);
        assertTrue(details.contains("note: sets/tiny/g.md: region \"ca\""), details);
    }

    private static String lineOf(String table, String start) {
        for (String line : table.split("\n")) {
            if (line.startsWith(start)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with \"" + start + "\" in:\n" + table);
    }

    private static AccuracyCase parse(String name, String text, String yaml) throws ConfigException {
        return CaseLoader.parse(name, SourceText.of(name, text), yaml, name + ".expect.yaml");
    }

    /** A span finding on the first occurrence of {@code words}. */
    private static Finding finding(AccuracyCase c, String rule, String words, Severity severity) {
        String text = c.source().text();
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Finding(rule, rule.substring(0, rule.indexOf('/')), severity, "message",
                new TextRange(start, start + words.length()), 1, start + 1, 1, start + words.length() + 1, words,
                new ArrayList<>(), List.of(), "", List.of(), Optional.empty());
    }

    /** A document-level finding at the start of the draft. */
    private static Finding document(AccuracyCase c, String rule, Severity severity) {
        return new Finding(rule, rule.substring(0, rule.indexOf('/')), severity, "message", TextRange.empty(0), 1, 1,
                1, 1, "", List.of(), List.of(), "", List.of(), Optional.empty());
    }
}
