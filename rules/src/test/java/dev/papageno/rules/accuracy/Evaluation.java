package dev.papageno.rules.accuracy;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.LineCol;
import dev.papageno.core.source.TextRange;
import dev.papageno.rules.accuracy.AccuracyReport.Kind;
import dev.papageno.rules.accuracy.AccuracyReport.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores findings against a fixture set.
 *
 * <p>Span level: a finding <em>matches</em> an expected span when it is of the expected rule (or
 * category) and shares at least one char with it. Per category and per rule, precision is the share
 * of findings that match an expected span and recall the share of expected spans matched by some
 * finding. A finding on a softened place ({@code atMost}) at or below the severity allowed there
 * counts neither way, and softened places are left out of recall.
 *
 * <p>Document level: {@link #DOCUMENT_RULES}, and any other rule a case lists under
 * {@code document:}, are scored once per draft (fired and expected, fired and not expected,
 * expected and not fired); their findings are not scored as spans.
 */
public final class Evaluation {

    /** The rules scored per draft rather than per span. */
    public static final List<String> DOCUMENT_RULES = List.of("trigger-warning/missing", "trigger-warning/late",
            "crisis-resources/missing");

    private final Map<String, Tally> categories = new TreeMap<>();
    private final Map<String, Tally> rules = new TreeMap<>();
    private final Map<String, DocumentTally> documents = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int toleratedSpans;
    private int toleratedDocuments;

    private Evaluation() {
    }

    /**
     * Scores the results of one fixture set.
     *
     * @param set         the set's name, for the report
     * @param results     what linting each case gave
     * @param loadedRules the ids of the rules that were loaded, so the report can mark expected rules
     *                    that do not exist yet
     */
    public static AccuracyReport evaluate(String set, List<CaseResult> results, Set<String> loadedRules) {
        Evaluation e = new Evaluation();
        Set<String> documentRules = new LinkedHashSet<>(DOCUMENT_RULES);
        for (CaseResult r : results) {
            r.fixture().documentRules().forEach(d -> documentRules.add(d.rule()));
        }
        for (String id : documentRules) {
            e.documents.put(id, new DocumentTally());
        }
        for (CaseResult r : results) {
            e.scoreSpans(r, documentRules);
            e.scoreDocument(r, documentRules);
            for (String note : r.notes()) {
                e.notes.add(r.fixture().name() + ": " + note);
            }
        }
        e.problems.sort(Comparator.comparing(Problem::caseName).thenComparingInt(Problem::offset)
                .thenComparing(Problem::kind).thenComparing(Problem::rule));
        return new AccuracyReport(set, results.size(), loadedRules, freeze(e.categories), freeze(e.rules),
                freezeDocuments(e.documents), e.problems, e.toleratedSpans, e.toleratedDocuments, e.notes);
    }

    private void scoreSpans(CaseResult r, Set<String> documentRules) {
        AccuracyCase c = r.fixture();
        List<Finding> findings = r.findings().stream().filter(f -> !documentRules.contains(f.rule())).toList();
        for (Finding f : findings) {
            boolean matched = c.spans().stream().anyMatch(s -> s.atMost().isEmpty() && s.matches(f));
            if (!matched && c.spans().stream().anyMatch(s -> s.tolerates(f))) {
                toleratedSpans++;
                continue;
            }
            Tally category = categories.computeIfAbsent(f.category(), k -> new Tally());
            Tally rule = rules.computeIfAbsent(f.rule(), k -> new Tally());
            category.findings++;
            rule.findings++;
            if (matched) {
                category.truePositives++;
                rule.truePositives++;
            } else {
                problems.add(problem(Kind.FALSE_POSITIVE, c, f.range(), f.rule(), Optional.of(f.severity()),
                        f.text(), whyWrong(c, f)));
            }
        }
        for (ExpectedSpan s : c.spans()) {
            if (s.atMost().isPresent()) {
                continue;
            }
            Tally category = categories.computeIfAbsent(s.category(), k -> new Tally());
            Tally rule = s.isCategory() ? null : rules.computeIfAbsent(s.rule(), k -> new Tally());
            boolean hit = findings.stream().anyMatch(s::matches);
            category.expected++;
            if (rule != null) {
                rule.expected++;
            }
            if (hit) {
                category.hit++;
                if (rule != null) {
                    rule.hit++;
                }
            } else {
                problems.add(problem(Kind.FALSE_NEGATIVE, c, s.range(), s.rule(), Optional.empty(), s.text(),
                        whatInstead(findings, s)));
            }
        }
    }

    private void scoreDocument(CaseResult r, Set<String> documentRules) {
        AccuracyCase c = r.fixture();
        for (String id : documentRules) {
            DocumentTally t = documents.get(id);
            t.drafts++;
            Optional<Finding> fired = r.findings().stream().filter(f -> f.rule().equals(id))
                    .max(Comparator.comparing(Finding::severity));
            Optional<ExpectedDocumentRule> expected = c.documentRule(id);
            if (fired.isPresent()) {
                t.fired++;
            }
            if (expected.isPresent() && expected.get().atMost().isPresent()) {
                Severity allowed = expected.get().atMost().get();
                if (fired.isPresent() && !allowed.atLeast(fired.get().severity())) {
                    t.falsePositives++;
                    problems.add(problem(Kind.FALSE_POSITIVE, c, fired.get().range(), id,
                            Optional.of(fired.get().severity()), "", "allowed here at most as " + allowed.id()));
                } else if (fired.isPresent()) {
                    toleratedDocuments++;
                }
            } else if (expected.isPresent()) {
                t.expected++;
                if (fired.isPresent()) {
                    t.truePositives++;
                } else {
                    t.falseNegatives++;
                    problems.add(problem(Kind.FALSE_NEGATIVE, c, TextRange.empty(0), id, Optional.empty(), "",
                            "expected for this draft"));
                }
            } else if (fired.isPresent()) {
                t.falsePositives++;
                problems.add(problem(Kind.FALSE_POSITIVE, c, fired.get().range(), id,
                        Optional.of(fired.get().severity()), "", "not expected for this draft"));
            }
        }
    }

    /** Why a finding that matched nothing is wrong: a trap, a softened place, or another rule's span. */
    private static String whyWrong(AccuracyCase c, Finding f) {
        for (ExpectedSpan s : c.spans()) {
            if (s.matches(f) && s.atMost().isPresent()) {
                return "allowed here at most as " + s.atMost().get().id()
                        + (s.note().isEmpty() ? "" : ": " + s.note());
            }
        }
        for (Trap t : c.traps()) {
            if (t.range().overlaps(f.range())) {
                return t.note().isEmpty() ? "trap" : "trap: " + t.note();
            }
        }
        for (ExpectedSpan s : c.spans()) {
            if (s.range().overlaps(f.range())) {
                return "expected here: " + s.rule();
            }
        }
        return "";
    }

    /** What was found on a missed span instead, if anything. */
    private static String whatInstead(List<Finding> findings, ExpectedSpan s) {
        List<String> others = findings.stream().filter(f -> s.range().overlaps(f.range())).map(Finding::rule)
                .distinct().toList();
        String instead = others.isEmpty() ? "" : "found here: " + String.join(", ", others);
        if (s.note().isEmpty()) {
            return instead;
        }
        return instead.isEmpty() ? s.note() : instead + "; " + s.note();
    }

    private static Problem problem(Kind kind, AccuracyCase c, TextRange range, String rule,
            Optional<Severity> severity, String words, String remark) {
        LineCol at = c.source().lineCol(range.start());
        return new Problem(kind, c.name(), range.start(), at.line(), at.column(), rule, severity, words, remark);
    }

    private static Map<String, AccuracyReport.Counts> freeze(Map<String, Tally> tallies) {
        Map<String, AccuracyReport.Counts> out = new TreeMap<>();
        tallies.forEach((k, t) -> out.put(k, new AccuracyReport.Counts(t.truePositives,
                t.findings - t.truePositives, t.expected, t.hit)));
        return out;
    }

    private static Map<String, AccuracyReport.DocumentCounts> freezeDocuments(Map<String, DocumentTally> tallies) {
        Map<String, AccuracyReport.DocumentCounts> out = new TreeMap<>();
        tallies.forEach((k, t) -> out.put(k, new AccuracyReport.DocumentCounts(t.drafts, t.expected, t.fired,
                t.truePositives, t.falsePositives, t.falseNegatives)));
        return out;
    }

    /** Running counts for a category or rule. */
    private static final class Tally {
        int findings;
        int truePositives;
        int expected;
        int hit;
    }

    /** Running counts for a document-level rule. */
    private static final class DocumentTally {
        int drafts;
        int expected;
        int fired;
        int truePositives;
        int falsePositives;
        int falseNegatives;
    }
}
