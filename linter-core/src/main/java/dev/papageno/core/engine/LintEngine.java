package dev.papageno.core.engine;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Fix;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.LintSettings;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.LineCol;
import dev.papageno.core.source.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints one source: parse, run the active rules, read the context of each match, apply inline
 * control comments and allowed phrases, and turn what is left into findings. Thread-safe; each
 * call works on its own document.
 */
public final class LintEngine {

    private static final Set<String> KEEP_EVERY_FINDING = Set.of("crisis-resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final RuleSet rules;
    private final LintSettings settings;
    private final Map<String, Severity> active;
    private final Set<String> allowed;
    private final ContextFilter context;
    private final CourtRecords records;

    /**
     * @param rules    the loaded rules
     * @param settings region and profile options
     * @param active   rule id to configured severity, for the rules that are on
     * @param allowed  phrases the user allows (lower case); findings on exactly these words are dropped
     */
    public LintEngine(RuleSet rules, LintSettings settings, Map<String, Severity> active, Set<String> allowed) {
        this.rules = rules;
        this.settings = settings;
        this.active = Map.copyOf(active);
        Set<String> a = new HashSet<>();
        allowed.forEach(p -> a.add(normalize(p)));
        this.allowed = Set.copyOf(a);
        this.context = new ContextFilter(rules.findLexicon("mention-before"), rules.findLexicon("mention-after"),
                rules.findLexicon("mention-claim"));
        this.records = new CourtRecords(rules.findLexicon(CourtRecords.LEXICON));
    }

    public RuleSet rules() {
        return rules;
    }

    /** The rules that are on, with their configured severities. */
    public Map<String, Severity> activeRules() {
        return active;
    }

    /** The most findings kept for one file; the others are counted by severity, not kept. */
    public static final int MAX_FINDINGS_PER_FILE = 10_000;

    /**
     * The findings of one input: the first {@link #MAX_FINDINGS_PER_FILE} in report order, and how
     * many more there were of each severity.
     *
     * @param findings the kept findings
     * @param omitted  severity to the number of findings not kept (no entry for none)
     */
    public record Findings(List<Finding> findings, Map<Severity, Integer> omitted) {
        public Findings {
            omitted = Map.copyOf(omitted);
        }
    }

    /** Lints a decoded source read as the given format. */
    public List<Finding> lint(SourceText source, InputFormat format) {
        return lintCapped(source, format).findings();
    }

    /** Lints a decoded source, keeping at most {@link #MAX_FINDINGS_PER_FILE} findings and counting the rest. */
    public Findings lintCapped(SourceText source, InputFormat format) {
        Document doc = DocumentParser.forFormat(format).parse(source);
        return lintCapped(doc);
    }

    /** Lints a parsed document. */
    public List<Finding> lint(Document doc) {
        return lintCapped(doc).findings();
    }

    /**
     * Lints a parsed document. Matches become findings as rules report them, and whenever twice the
     * cap is reached the findings are put in order and cut to the cap, so memory stays bounded
     * however dense the draft.
     */
    public Findings lintCapped(Document doc) {
        DocumentContext ctx = new DocumentContext(doc, rules, settings);
        Suppressions suppressions = new Suppressions(doc.directives(), doc.source());
        List<Finding> out = new ArrayList<>();
        Map<Severity, Integer> omitted = new java.util.EnumMap<>(Severity.class);
        for (Rule rule : rules.rules()) {
            Severity configured = active.get(rule.spec().id());
            if (configured == null) {
                continue;
            }
            // One finding per rule and range; the rule is the same throughout this loop.
            Set<Long> seen = new HashSet<>();
            rule.check(ctx, m -> {
                Optional<Finding> f = finding(ctx, m, configured, suppressions);
                if (f.isPresent() && seen.add(((long) f.get().offset() << 32) | f.get().length())) {
                    out.add(f.get());
                    if (out.size() >= 2 * MAX_FINDINGS_PER_FILE) {
                        cut(out, omitted);
                    }
                }
            });
        }
        List<Finding> kept = oneFindingPerWords(out);
        if (kept.size() > MAX_FINDINGS_PER_FILE) {
            kept = new ArrayList<>(kept);
            cut(kept, omitted);
        }
        return new Findings(kept, omitted);
    }

    /** Keeps the first {@link #MAX_FINDINGS_PER_FILE} findings in report order and counts the others. */
    private static void cut(List<Finding> findings, Map<Severity, Integer> omitted) {
        List<Finding> one = oneFindingPerWords(findings);
        List<Finding> sorted = new ArrayList<>(one);
        sorted.sort(dev.papageno.core.api.FileResult.ORDER);
        for (Finding f : sorted.subList(Math.min(MAX_FINDINGS_PER_FILE, sorted.size()), sorted.size())) {
            omitted.merge(f.severity(), 1, Integer::sum);
        }
        findings.clear();
        findings.addAll(sorted.subList(0, Math.min(MAX_FINDINGS_PER_FILE, sorted.size())));
    }

    /**
     * Two rules of one category on overlapping words are one problem for the writer: the strongest
     * finding (then the longer, then the first rule id) is kept. Help-line findings are facts
     * about different things (an outdated number, a line for another region) and all stay.
     */
    static List<Finding> oneFindingPerWords(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                .thenComparing(Finding::rule));
        List<Finding> kept = new ArrayList<>();
        // Per category, the kept non-empty findings never overlap one another, so the one that
        // starts last before a new finding ends is the only one that can overlap it.
        Map<String, TreeMap<Integer, Finding>> keptByCategory = new HashMap<>();
        for (Finding f : sorted) {
            boolean competes = f.length() > 0 && !KEEP_EVERY_FINDING.contains(f.category());
            if (competes) {
                var starts = keptByCategory.computeIfAbsent(f.category(), c -> new TreeMap<>());
                var before = starts.lowerEntry(f.range().end());
                if (before != null && before.getValue().range().overlaps(f.range())) {
                    continue;
                }
                starts.put(f.range().start(), f);
            }
            kept.add(f);
        }
        Set<Finding> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(kept);
        List<Finding> inOrder = new ArrayList<>(kept.size());
        for (Finding f : findings) {
            if (keep.contains(f)) {
                inOrder.add(f);
            }
        }
        return inOrder;
    }

    private Optional<Finding> finding(DocumentContext ctx, RuleMatch m, Severity configured,
            Suppressions suppressions) {
        RuleSpec spec = m.rule().spec();
        Severity severity = configured;
        Optional<Disowned> disowned = Optional.empty();
        if (m.severity().isPresent() && m.severity().get().compareTo(severity) < 0) {
            severity = m.severity().get();
        }
        if (m.block() != null) {
            if (spec.context().skipReferences() && m.block().isReference()) {
                return Optional.empty();
            }
            if (spec.context().skipMentions() && context.mention(ctx, m)) {
                return Optional.empty();
            }
            if (spec.context().skipTitles() && context.inTitle(ctx, m)) {
                return Optional.empty();
            }
            if (spec.context().lowerInQuotes() && context.quoted(ctx, m)) {
                // One level lower, and never below info: a quoted speaker's words still deserve a note.
                severity = severity.lower().orElse(Severity.INFO);
            }
            if ((spec.context().firstPersonInfo() || spec.context().firstPersonOff()) && context.firstPerson(ctx, m)) {
                if (spec.context().firstPersonOff()) {
                    return Optional.empty();
                }
                severity = Severity.INFO;
            }
            if (spec.context().reportedInfo()) {
                disowned = disowned(ctx, m);
            }
            if (disowned.isEmpty() && spec.context().recordsInfo()) {
                disowned = records.of(ctx).map(words -> new Disowned("This draft reads as a court record (“"
                        + String.join("”, “", words) + "”): the words are the record's, which guidelines let stand;"
                        + " they are not changed automatically.", "court record: " + String.join(", ", words)));
            }
            if (disowned.isPresent()) {
                severity = Severity.INFO;
            }
        }
        SourceText src = ctx.document().source();
        LineCol start = src.lineCol(m.range().start());
        LineCol end = src.lineCol(m.range().end());
        if (suppressions.suppressed(spec.id(), m.range().start(), start.line(), m.isDocumentLevel())) {
            return Optional.empty();
        }
        String sourceText = src.slice(m.range());
        String visible = m.block() != null ? m.block().text().substring(m.from(), m.to()) : sourceText;
        if (!allowed.isEmpty() && allowed.contains(normalize(visible))) {
            return Optional.empty();
        }
        Optional<Fix> fix = Optional.empty();
        if (m.fixable() && !m.suggestions().isEmpty() && sourceText.equals(visible) && disowned.isEmpty()) {
            fix = Optional.of(new Fix(m.range(), m.suggestions().get(0)));
        }
        String message = render(spec.message(), visible, m);
        List<String> cues = m.cues();
        if (disowned.isPresent()) {
            message += " " + disowned.get().message();
            cues = new ArrayList<>(cues);
            cues.add(disowned.get().cue());
        }
        List<String> sourceUrls = spec.sources().stream().map(SourceRef::url).toList();
        return Optional.of(new Finding(spec.id(), spec.category(), severity, message, m.range(), start.line(),
                start.column(), end.line(), end.column(), sourceText, m.suggestions(), sourceUrls, spec.rationale(),
                cues, fix));
    }

    /** Words the writer does not make their own: what the finding adds to its message, and its cue. */
    private record Disowned(String message, String cue) {
    }

    /**
     * Whether the writer gives the words as someone else's ("they called him a cutter"), which they
     * may need to tell what happened, or raises them in a question the next sentence answers no.
     */
    private Optional<Disowned> disowned(DocumentContext ctx, RuleMatch m) {
        Optional<String> by = context.reportedBy(ctx, m);
        if (by.isPresent()) {
            return Optional.of(new Disowned("These are someone else's words, reported (“" + by.get() + "”): if you"
                    + " keep them, make clear they are not yours; they are not changed automatically.",
                    "someone else's words: " + by.get()));
        }
        return context.answeredNo(ctx, m).map(answer -> new Disowned("The question is answered “" + answer
                + "” in the next sentence: the words are raised to be rejected; they are not changed automatically.",
                "question answered: " + answer));
    }

    private static String render(String template, String matched, RuleMatch m) {
        Map<String, String> values = new LinkedHashMap<>(m.args());
        values.putIfAbsent("match", matched);
        values.put("suggestion", m.suggestions().isEmpty() ? "" : m.suggestions().get(0));
        values.put("suggestions", String.join("”, “", m.suggestions()));
        values.putIfAbsent("cues", String.join("; ", m.cues()));
        Matcher x = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (x.find()) {
            String v = values.get(x.group(1));
            x.appendReplacement(sb, Matcher.quoteReplacement(v == null ? x.group() : v));
        }
        x.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String normalize(String phrase) {
        return Words.normalize(phrase).replaceAll("[\\s\\-]+", " ").strip();
    }
}
