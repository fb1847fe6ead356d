package dev.papageno.rules.dev;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores findings against the development corpus exactly as its README says. Document-level keys
 * per document (a {@code null} label is not scored). For method detail and stigma, recall is the
 * share of labelled spans that a finding of the category overlaps (any severity), strict recall the
 * share a warning or error overlaps, and precision the share of warnings and errors that overlap a
 * labelled span; eating-disorder detail is not method detail. A trap is a {@code must_not_flag}
 * string that a warning or error overlaps. A finding of length 0 covers one character.
 */
public final class DevScore {

    /** The document-level keys and the rule each stands for. */
    static final Map<String, String> DOCUMENT_RULES = Map.of(
            "trigger_warning_missing", "trigger-warning/missing",
            "crisis_resource_missing", "crisis-resources/missing",
            "crisis_resource_outdated", "crisis-resources/outdated");
    private static final List<String> DOCUMENT_KEYS = List.of("trigger_warning_missing", "crisis_resource_missing",
            "crisis_resource_outdated");
    /** The span categories. */
    static final List<String> CATEGORIES = List.of("stigma", "method-detail");
    private static final String EATING_DISORDER_DETAIL = "method-detail/eating-disorder";

    /** True and false positives and negatives of one document-level rule. */
    public static final class DocCounts {
        int tp;
        int fp;
        int fn;

        public Optional<Double> precision() {
            return tp + fp == 0 ? Optional.empty() : Optional.of(tp / (double) (tp + fp));
        }

        public Optional<Double> recall() {
            return tp + fn == 0 ? Optional.empty() : Optional.of(tp / (double) (tp + fn));
        }
    }

    /** The span counts of one category. */
    public static final class SpanCounts {
        int labels;
        int found;
        int foundStrict;
        int predictions;
        int good;

        public Optional<Double> precision() {
            return predictions == 0 ? Optional.empty() : Optional.of(good / (double) predictions);
        }

        public Optional<Double> recall() {
            return labels == 0 ? Optional.empty() : Optional.of(found / (double) labels);
        }

        public Optional<Double> strictRecall() {
            return labels == 0 ? Optional.empty() : Optional.of(foundStrict / (double) labels);
        }
    }

    /** The figures for a group of documents (the whole corpus, or one kind). */
    public static final class Figures {
        final Map<String, DocCounts> documents = new LinkedHashMap<>();
        final Map<String, SpanCounts> spans = new LinkedHashMap<>();
        final List<String> traps = new ArrayList<>();
        int docs;

        Figures() {
            DOCUMENT_KEYS.forEach(k -> documents.put(k, new DocCounts()));
            CATEGORIES.forEach(c -> spans.put(c, new SpanCounts()));
        }

        public DocCounts document(String key) {
            return documents.get(key);
        }

        public SpanCounts category(String category) {
            return spans.get(category);
        }

        public int traps() {
            return traps.size();
        }

        public List<String> trapList() {
            return traps;
        }
    }

    private final Figures all = new Figures();
    private final Map<String, Figures> byKind = new TreeMap<>();
    private final List<String> details = new ArrayList<>();

    /** Scores each document with its findings. */
    public static DevScore of(List<DevCorpus.Doc> docs, Map<String, List<Finding>> findings) {
        DevScore s = new DevScore();
        for (DevCorpus.Doc d : docs) {
            s.add(d, findings.getOrDefault(d.id(), List.of()));
        }
        return s;
    }

    public Figures all() {
        return all;
    }

    public Map<String, Figures> byKind() {
        return byKind;
    }

    private record Span(int start, int end) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    private static Span span(Finding f) {
        return new Span(f.range().start(), f.range().start() + Math.max(1, f.range().end() - f.range().start()));
    }

    private static List<Span> occurrences(String text, String sub) {
        List<Span> out = new ArrayList<>();
        for (int i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + 1)) {
            out.add(new Span(i, i + sub.length()));
        }
        return out;
    }

    private void add(DevCorpus.Doc d, List<Finding> found) {
        Figures kind = byKind.computeIfAbsent(d.kind(), k -> new Figures());
        List<String> notes = new ArrayList<>();
        for (Figures f : List.of(all, kind)) {
            f.docs++;
        }
        for (String key : DOCUMENT_KEYS) {
            Boolean want = d.documentLabels().get(key);
            if (want == null) {
                continue;
            }
            String rule = DOCUMENT_RULES.get(key);
            boolean pred = found.stream().anyMatch(f -> f.rule().equals(rule));
            for (Figures f : List.of(all, kind)) {
                DocCounts c = f.documents.get(key);
                if (pred && want) {
                    c.tp++;
                } else if (pred) {
                    c.fp++;
                } else if (want) {
                    c.fn++;
                }
            }
            if (pred != want) {
                notes.add("  " + (pred ? "false alarm: " : "missed: ") + rule);
            }
        }
        for (String category : CATEGORIES) {
            Optional<List<String>> labels = category.equals("stigma") ? d.stigma() : d.methodDetail();
            if (labels.isEmpty()) {
                continue;
            }
            List<Finding> mine = found.stream().filter(f -> f.category().equals(category)
                    && !f.rule().startsWith(EATING_DISORDER_DETAIL)).toList();
            List<List<Span>> wanted = labels.get().stream().map(l -> occurrences(d.text(), l)).toList();
            for (Figures fig : List.of(all, kind)) {
                SpanCounts c = fig.spans.get(category);
                c.labels += wanted.size();
                for (List<Span> occ : wanted) {
                    if (mine.stream().anyMatch(f -> occ.stream().anyMatch(o -> o.overlaps(span(f))))) {
                        c.found++;
                    }
                    if (mine.stream().anyMatch(f -> f.severity() != Severity.INFO
                            && occ.stream().anyMatch(o -> o.overlaps(span(f))))) {
                        c.foundStrict++;
                    }
                }
                for (Finding f : mine) {
                    if (f.severity() == Severity.INFO) {
                        continue;
                    }
                    c.predictions++;
                    if (wanted.stream().anyMatch(occ -> occ.stream().anyMatch(o -> o.overlaps(span(f))))) {
                        c.good++;
                    }
                }
            }
            for (int i = 0; i < wanted.size(); i++) {
                List<Span> occ = wanted.get(i);
                Optional<Finding> hit = mine.stream().filter(f -> occ.stream().anyMatch(o -> o.overlaps(span(f))))
                        .min((a, b) -> b.severity().compareTo(a.severity()));
                if (hit.isEmpty()) {
                    notes.add("  missed " + category + ": " + quote(labels.get().get(i), 120));
                } else if (hit.get().severity() == Severity.INFO) {
                    notes.add("  found at info only " + category + ": " + quote(labels.get().get(i), 120));
                }
            }
            for (Finding f : mine) {
                if (f.severity() != Severity.INFO
                        && wanted.stream().noneMatch(occ -> occ.stream().anyMatch(o -> o.overlaps(span(f))))) {
                    notes.add("  false alarm " + f.rule() + " (" + f.severity().name().toLowerCase(Locale.ROOT) + "): "
                            + quote(d.text().substring(f.range().start(), Math.min(d.text().length(),
                                    Math.max(f.range().end(), f.range().start() + 1))), 100));
                }
            }
        }
        for (String t : d.mustNotFlag()) {
            for (Span o : occurrences(d.text(), t)) {
                Optional<Finding> hit = found.stream()
                        .filter(f -> f.severity() != Severity.INFO && o.overlaps(span(f))).findFirst();
                if (hit.isPresent()) {
                    String row = d.id() + ": " + hit.get().rule() + " on " + quote(t, 100);
                    all.traps.add(row);
                    kind.traps.add(row);
                    notes.add("  trap: " + hit.get().rule() + " on " + quote(t, 100));
                    break;
                }
            }
        }
        if (!notes.isEmpty()) {
            details.add(d.id() + " (" + d.kind() + ")\n" + String.join("\n", notes));
        }
    }

    private static String quote(String s, int max) {
        String t = s.replaceAll("\\s+", " ");
        return "'" + (t.length() > max ? t.substring(0, max) + "…" : t) + "'";
    }

    private static String fmt(Optional<Double> x) {
        return x.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("  -  ");
    }

    /** The table for a group of documents, one line per rule and category. */
    static String table(Figures f) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, DocCounts> e : f.documents.entrySet()) {
            DocCounts c = e.getValue();
            if (c.tp + c.fp + c.fn == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %-26s P=%s R=%s  (tp %d, fp %d, fn %d)%n", e.getKey(),
                    fmt(c.precision()), fmt(c.recall()), c.tp, c.fp, c.fn));
        }
        for (Map.Entry<String, SpanCounts> e : f.spans.entrySet()) {
            SpanCounts c = e.getValue();
            if (c.labels + c.predictions == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT,
                    "  %-26s P=%s R=%s strict R=%s  (findings %d, on labels %d; labels %d, found %d, by warnings"
                            + " and errors %d)%n",
                    e.getKey(), fmt(c.precision()), fmt(c.recall()), fmt(c.strictRecall()), c.predictions, c.good,
                    c.labels, c.found, c.foundStrict));
        }
        if (!f.traps.isEmpty()) {
            sb.append("  traps hit: ").append(f.traps.size()).append('\n');
        }
        return sb.toString();
    }

    /** The whole report: the corpus, then each kind of document; with {@code verbose}, every miss and false alarm. */
    public String report(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append("Development corpus: ").append(all.docs).append(" documents\n");
        sb.append(table(all));
        for (String t : all.traps) {
            sb.append("  trap: ").append(t).append('\n');
        }
        sb.append("\nBy kind of document:\n");
        for (Map.Entry<String, Figures> e : byKind.entrySet()) {
            sb.append(e.getKey()).append(" (").append(e.getValue().docs).append(" documents)\n");
            sb.append(table(e.getValue()));
        }
        if (verbose) {
            sb.append("\nEvery miss and false alarm:\n");
            details.forEach(x -> sb.append(x).append('\n'));
        }
        return sb.toString();
    }
}
