package dev.papageno.rules.accuracy;

import dev.papageno.core.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Precision and recall of the rules on one fixture set, per category, per rule and per
 * document-level rule, with every false positive and false negative. Built by {@link Evaluation}.
 */
public final class AccuracyReport {

    /**
     * Span-level counts of a category or a rule.
     *
     * @param truePositives  findings that match an expected span
     * @param falsePositives findings that match none
     * @param expected       expected spans (softened places left out)
     * @param hit            expected spans matched by at least one finding
     */
    public record Counts(int truePositives, int falsePositives, int expected, int hit) {

        public int findings() {
            return truePositives + falsePositives;
        }

        public int falseNegatives() {
            return expected - hit;
        }

        /** Matching findings ÷ all findings; empty when there are no findings. */
        public OptionalDouble precision() {
            return ratio(truePositives, findings());
        }

        /** Expected spans hit ÷ all expected spans; empty when nothing is expected. */
        public OptionalDouble recall() {
            return ratio(hit, expected);
        }
    }

    /**
     * Per-draft counts of a document-level rule.
     *
     * @param drafts         drafts scored
     * @param expected       drafts where the rule is expected to fire (softened ones left out)
     * @param fired          drafts where it fired
     * @param truePositives  fired where expected
     * @param falsePositives fired where not expected, or stronger than allowed
     * @param falseNegatives expected but silent
     */
    public record DocumentCounts(int drafts, int expected, int fired, int truePositives, int falsePositives,
            int falseNegatives) {

        public OptionalDouble precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public OptionalDouble recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }
    }

    /** The two ways a rule can be wrong. */
    public enum Kind {
        FALSE_POSITIVE("FP"),
        FALSE_NEGATIVE("FN");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One false positive or false negative.
     *
     * @param kind     which
     * @param caseName the draft's file name
     * @param offset   where, as a char offset
     * @param line     1-based line
     * @param column   1-based column
     * @param rule     the rule that fired, or the rule (or category) that was expected
     * @param severity the finding's severity, for a false positive
     * @param words    the words of the span; empty for a document-level rule
     * @param remark   the trap it fell into, what was found instead, or why it was expected
     */
    public record Problem(Kind kind, String caseName, int offset, int line, int column, String rule,
            Optional<Severity> severity, String words, String remark) {
    }

    private final String set;
    private final int cases;
    private final Set<String> loadedRules;
    private final Map<String, Counts> categories;
    private final Map<String, Counts> rules;
    private final Map<String, DocumentCounts> documentRules;
    private final List<Problem> problems;
    private final int toleratedSpans;
    private final int toleratedDocuments;
    private final List<String> notes;

    AccuracyReport(String set, int cases, Set<String> loadedRules, Map<String, Counts> categories,
            Map<String, Counts> rules, Map<String, DocumentCounts> documentRules, List<Problem> problems,
            int toleratedSpans, int toleratedDocuments, List<String> notes) {
        this.set = set;
        this.cases = cases;
        this.loadedRules = Set.copyOf(loadedRules);
        this.categories = Map.copyOf(categories);
        this.rules = Map.copyOf(rules);
        this.documentRules = Map.copyOf(documentRules);
        this.problems = List.copyOf(problems);
        this.toleratedSpans = toleratedSpans;
        this.toleratedDocuments = toleratedDocuments;
        this.notes = List.copyOf(notes);
    }

    public String set() {
        return set;
    }

    public int cases() {
        return cases;
    }

    /** Span-level counts of a category (all its rules, and expectations that name only the category). */
    public Optional<Counts> category(String category) {
        return Optional.ofNullable(categories.get(category));
    }

    /** Span-level counts of one rule (expectations that name only a category are not counted here). */
    public Optional<Counts> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Per-draft counts of a document-level rule. */
    public Optional<DocumentCounts> documentRule(String id) {
        return Optional.ofNullable(documentRules.get(id));
    }

    /** Every false positive and false negative, by draft and position. */
    public List<Problem> problems() {
        return problems;
    }

    /** Findings on softened places within the severity allowed there, which count neither way. */
    public int toleratedSpans() {
        return toleratedSpans;
    }

    /** Document-level findings on drafts that allow them at a lower severity, which count neither way. */
    public int toleratedDocuments() {
        return toleratedDocuments;
    }

    /**
     * How the run departed from the cases (a region or profile the data does not know yet), one a
     * line as {@code draft-name: note}.
     */
    public List<String> notes() {
        return notes;
    }

    /** The summary table: per category with its rules, then per document-level rule. */
    public String table() {
        List<String[]> spanRows = new ArrayList<>();
        for (Map.Entry<String, Counts> c : new java.util.TreeMap<>(categories).entrySet()) {
            spanRows.add(spanRow(c.getKey(), c.getValue(), false));
            for (Map.Entry<String, Counts> r : new java.util.TreeMap<>(rules).entrySet()) {
                if (r.getKey().startsWith(c.getKey() + "/")) {
                    spanRows.add(spanRow(r.getKey(), r.getValue(), true));
                }
            }
        }
        List<String[]> documentRows = new ArrayList<>();
        for (Map.Entry<String, DocumentCounts> d : new java.util.TreeMap<>(documentRules).entrySet()) {
            DocumentCounts n = d.getValue();
            documentRows.add(new String[] {name(d.getKey(), false), str(n.drafts()), str(n.expected()),
                    str(n.fired()), str(n.truePositives()), str(n.falsePositives()), str(n.falseNegatives()),
                    ratio(n.precision()), ratio(n.recall())});
        }
        String spanHeader = "span level";
        String documentHeader = "document level (per draft)";
        int width = Math.max(spanHeader.length(), documentHeader.length()) + 2;
        for (String[] row : spanRows) {
            width = Math.max(width, row[0].length() + 2);
        }
        for (String[] row : documentRows) {
            width = Math.max(width, row[0].length() + 2);
        }
        StringBuilder out = new StringBuilder();
        out.append("Accuracy on the ").append(set).append(" set: ").append(cases).append(cases == 1 ? " case, " : " cases, ")
                .append(loadedRules.size()).append(" rules loaded\n\n");
        appendTable(out, width, new String[] {spanHeader, "findings", "TP", "FP", "expected", "hit", "FN",
            "precision", "recall"}, spanRows);
        out.append('\n');
        appendTable(out, width, new String[] {documentHeader, "drafts", "expected", "fired", "TP",
            "FP", "FN", "precision", "recall"}, documentRows);
        out.append('\n');
        out.append("TP: findings that overlap an expected span of their rule or category; hit: expected spans found.\n");
        boolean missing = spanRows.stream().anyMatch(r -> r[0].endsWith(" *"))
                || documentRows.stream().anyMatch(r -> r[0].endsWith(" *"));
        if (missing) {
            out.append("*: expected by the fixtures but not among the loaded rules.\n");
        }
        if (toleratedSpans > 0 || toleratedDocuments > 0) {
            out.append("Not scored: ").append(toleratedSpans).append(toleratedSpans == 1 ? " finding" : " findings")
                    .append(" at softened places (atMost) and ").append(toleratedDocuments)
                    .append(toleratedDocuments == 1 ? " document-level finding" : " document-level findings")
                    .append(" within the severity allowed.\n");
        }
        if (!notes.isEmpty()) {
            Map<String, Integer> grouped = new java.util.TreeMap<>();
            for (String n : notes) {
                grouped.merge(n.substring(n.indexOf(": ") + 2), 1, Integer::sum);
            }
            out.append("Notes (--verbose names the drafts):\n");
            grouped.forEach((n, count) -> out.append("  ").append(n).append(" (").append(count)
                    .append(count == 1 ? " draft)\n" : " drafts)\n"));
        }
        return out.toString();
    }

    /**
     * Every false positive and false negative, one a line, as {@code path:line:col: FP rule (severity)
     * “words” (remark)}.
     *
     * @param pathPrefix put before each draft's file name, such as the set's folder
     */
    public String details(String pathPrefix) {
        StringBuilder out = new StringBuilder();
        long fp = problems.stream().filter(p -> p.kind() == Kind.FALSE_POSITIVE).count();
        for (String n : notes) {
            out.append("note: ").append(pathPrefix).append(n).append('\n');
        }
        out.append("False positives (FP): ").append(fp).append("; false negatives (FN): ").append(problems.size() - fp)
                .append('\n');
        for (Problem p : problems) {
            out.append(pathPrefix).append(p.caseName()).append(':').append(p.line()).append(':').append(p.column())
                    .append(": ").append(p.kind().label()).append(' ').append(p.rule());
            p.severity().ifPresent(s -> out.append(" (").append(s.id()).append(')'));
            if (!p.words().isEmpty()) {
                out.append(" “").append(words(p.words())).append('”');
            }
            if (!p.remark().isEmpty()) {
                out.append(" - ").append(p.remark());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private String[] spanRow(String key, Counts n, boolean indent) {
        return new String[] {name(key, indent), str(n.findings()), str(n.truePositives()), str(n.falsePositives()),
            str(n.expected()), str(n.hit()), str(n.falseNegatives()), ratio(n.precision()), ratio(n.recall())};
    }

    private String name(String key, boolean indent) {
        boolean known = key.indexOf('/') < 0 ? loadedRules.stream().anyMatch(id -> id.startsWith(key + "/"))
                : loadedRules.contains(key);
        return (indent ? "  " : "") + key + (known ? "" : " *");
    }

    private static void appendTable(StringBuilder out, int width, String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        widths[0] = width;
        for (int i = 1; i < header.length; i++) {
            widths[i] = header[i].length() + 2;
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length() + 2);
            }
        }
        appendRow(out, widths, header);
        if (rows.isEmpty()) {
            out.append("  (none)\n");
        }
        for (String[] row : rows) {
            appendRow(out, widths, row);
        }
    }

    private static void appendRow(StringBuilder out, int[] widths, String[] cells) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", cells[0]));
        for (int i = 1; i < cells.length; i++) {
            line.append(String.format(Locale.ROOT, "%" + widths[i] + "s", cells[i]));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String str(int n) {
        return Integer.toString(n);
    }

    private static String ratio(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.2f", d.getAsDouble()) : "-";
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /** The words on one line: runs of white space become one space; long spans are shortened. */
    private static String words(String s) {
        StringBuilder one = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = one.length() > 0;
            } else {
                if (space) {
                    one.append(' ');
                    space = false;
                }
                one.append(c);
            }
        }
        return one.length() <= 90 ? one.toString() : one.substring(0, 87) + "...";
    }
}
