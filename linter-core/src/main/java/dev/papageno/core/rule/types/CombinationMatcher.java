package dev.papageno.core.rule.types;

import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.SentenceAnalysis;
import dev.papageno.core.nlp.TaggedToken;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A compiled {@code combination} rule ({@link CombinationType}). It is built for speed on long
 * drafts: only sentences that hold a keyword of some group are looked at, and a sentence is tagged
 * with parts of speech only when every other test, the topic context included, has already passed.
 * A draft with no such sentence costs no tagging at all.
 */
final class CombinationMatcher extends BlockRule {

    /** One way the groups may combine. */
    record Combination(List<String> groups, List<String> span, Optional<Severity> severity,
            List<String> without) {
    }

    /** A lowering: groups whose cues lower the finding, to a fixed severity or a rule option's value. */
    record Lowering(List<String> groups, LowerTo severity, String option) {
    }

    /** What a lowering's {@code severity} drops a finding to: a severity, or no finding. */
    enum LowerTo {
        WARNING, INFO, OFF
    }

    private final List<CueGroup> groups;
    private final List<Combination> combinations;
    private final List<String> defaultSpan;
    /** {@code unless.inside}: a cue inside one of these phrases does not count (or null). */
    private final PhraseSet idioms;
    /** {@code unless.sentence}: any of these words cancels its sentence (or null). */
    private final PhraseSet exclude;
    private final List<Lowering> lowerings;
    private final Set<String> anchors;
    private final Conditions conditions;

    CombinationMatcher(RuleSpec spec, List<CueGroup> groups, List<Combination> combinations,
            List<String> defaultSpan, List<Lowering> lowerings, Conditions conditions) {
        super(spec, sets(groups, conditions), Triggers.of(anchorSets(groups, combinations),
                List.of(conditions)));
        this.groups = groups;
        this.combinations = combinations;
        this.defaultSpan = defaultSpan;
        this.idioms = conditions.insideWords();
        this.exclude = conditions.sentenceWords();
        this.lowerings = lowerings;
        this.anchors = anchors(combinations);
        this.conditions = conditions;
    }

    /** The groups some combination names: their words are what the keyword pass looks for. */
    private static Set<String> anchors(List<Combination> combinations) {
        Set<String> out = new HashSet<>();
        combinations.forEach(c -> out.addAll(c.groups()));
        return out;
    }

    private static List<PhraseSet> anchorSets(List<CueGroup> groups, List<Combination> combinations) {
        Set<String> anchors = anchors(combinations);
        List<PhraseSet> out = new ArrayList<>();
        for (CueGroup g : groups) {
            if (g.phrases != null && anchors.contains(g.name)) {
                out.add(g.phrases);
            }
        }
        return out;
    }

    private static List<PhraseSet> sets(List<CueGroup> groups, Conditions conditions) {
        List<PhraseSet> out = new ArrayList<>();
        for (CueGroup g : groups) {
            if (g.phrases != null) {
                out.add(g.phrases);
            }
        }
        out.addAll(conditions.phraseSets());
        return out;
    }

    @Override
    void checkBlock(DocumentContext doc, BlockView v, Consumer<RuleMatch> out) {
        Set<Integer> candidates = new TreeSet<>();
        for (CueGroup g : groups) {
            if (g.phrases == null || !anchors.contains(g.name)) {
                continue;
            }
            for (PhraseHit h : v.hits(g.phrases)) {
                candidates.add(v.sentenceAt(h.start()).index());
            }
        }
        for (int index : candidates) {
            checkSentence(doc, v.block(), v, v.sentences().get(index), out);
        }
    }

    private void checkSentence(DocumentContext doc, Block block, BlockView v, Sentence s, Consumer<RuleMatch> out) {
        Map<String, List<CueGroup.Cue>> cues = cheapCues(v, s);
        if (firstSatisfied(cues).isEmpty()) {
            return;
        }
        if (exclude != null && anyHitIn(v, exclude, s)) {
            return;
        }
        // The topic context, before any tagging: the whole sentence stands in for the finding.
        if (!conditions.acceptAround(doc, block, s.start(), s.end())) {
            return;
        }
        tag(v, s, cues);
        List<Combination> satisfied = satisfied(cues);
        if (satisfied.isEmpty()) {
            return;
        }
        Combination c = satisfied.get(0);
        TextRange span = span(c, cues);
        int from = span.start();
        int to = span.end();
        if (!conditions.acceptAround(doc, block, from, to)) {
            return;
        }
        Optional<Severity> severity = c.severity();
        for (Lowering l : lowerings) {
            if (l.groups().stream().noneMatch(g -> !cues.getOrDefault(g, List.of()).isEmpty())) {
                continue;
            }
            String value = l.severity() != null ? KeySpec.id(l.severity()) : doc.option(spec(), l.option());
            if (value.equals("off")) {
                return;
            }
            Optional<Severity> lowered = Severity.byId(value);
            if (lowered.isPresent() && (severity.isEmpty() || lowered.get().compareTo(severity.get()) < 0)) {
                severity = lowered;
            }
        }
        List<String> cueList = explain(doc, block, v, s, cues, satisfied);
        String matched = block.text().substring(from, to);
        List<String> suggestions = Suggestions.render(spec().suggestions(), null, null, "", matched);
        RuleMatch m = RuleMatch.inBlock(this, block, from, to, suggestions, spec().fixable(), Map.of(), cueList);
        out.accept(severity.isPresent() ? m.withSeverity(severity.get()) : m);
    }

    /**
     * What the finding covers: the cues of the combination's span groups (or the rule's, or else the
     * combination's own groups), with the words they take in.
     */
    private TextRange span(Combination c, Map<String, List<CueGroup.Cue>> cues) {
        List<String> spanGroups = !c.span().isEmpty() ? c.span() : !defaultSpan.isEmpty() ? defaultSpan : c.groups();
        return cover(spanGroups, cues).orElseGet(() -> cover(c.groups(), cues).orElseThrow());
    }

    /** From the first to the end of the last cue of these groups; empty when they have none. */
    private static Optional<TextRange> cover(List<String> groups, Map<String, List<CueGroup.Cue>> cues) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (String g : groups) {
            for (CueGroup.Cue cue : cues.get(g)) {
                from = Math.min(from, cue.from());
                to = Math.max(to, cue.end());
            }
        }
        return to < 0 ? Optional.empty() : Optional.of(new TextRange(from, to));
    }

    /** Every group's cues in the sentence, with every test but the part-of-speech one applied. */
    private Map<String, List<CueGroup.Cue>> cheapCues(BlockView v, Sentence s) {
        List<PhraseHit> idiomHits = idioms == null ? List.of() : v.hitsWithin(idioms, s.start(), s.end());
        Map<String, List<CueGroup.Cue>> cues = new LinkedHashMap<>();
        for (CueGroup g : groups) {
            List<CueGroup.Cue> found = new ArrayList<>();
            for (CueGroup.Cue c : g.find(v, s)) {
                if (!insideIdiom(c, idiomHits)) {
                    found.add(c);
                }
            }
            found = g.names(found, v, s);
            if (!g.after.isEmpty()) {
                List<CueGroup.Cue> targets = new ArrayList<>();
                g.after.forEach(a -> targets.addAll(cues.get(a)));
                found = g.following(found, targets);
            }
            cues.put(g.name, found);
        }
        return cues;
    }

    private static boolean insideIdiom(CueGroup.Cue c, List<PhraseHit> idiomHits) {
        for (PhraseHit h : idiomHits) {
            if (h.start() < c.end() && c.start() < h.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the part-of-speech tests, tagging the sentence only if some group has cues to test.
     * Cues that follow a cue which failed its test are dropped too.
     */
    private void tag(BlockView v, Sentence s, Map<String, List<CueGroup.Cue>> cues) {
        boolean needed = false;
        for (CueGroup g : groups) {
            if (g.tags != null && !cues.get(g.name).isEmpty()) {
                needed = true;
                break;
            }
        }
        if (!needed) {
            return;
        }
        SentenceAnalysis a = v.analysis(s);
        for (CueGroup g : groups) {
            List<CueGroup.Cue> kept = cues.get(g.name);
            if (g.tags != null) {
                kept = new ArrayList<>();
                for (CueGroup.Cue c : cues.get(g.name)) {
                    if (g.tags.contains(tagAt(a, c.start()))) {
                        kept.add(c);
                    }
                }
            }
            if (!g.after.isEmpty()) {
                List<CueGroup.Cue> targets = new ArrayList<>();
                g.after.forEach(t -> targets.addAll(cues.get(t)));
                List<CueGroup.Cue> still = new ArrayList<>();
                for (CueGroup.Cue c : kept) {
                    if (!g.following(List.of(c), targets).isEmpty()) {
                        still.add(c);
                    }
                }
                kept = still;
            }
            cues.put(g.name, kept);
        }
    }

    private static String tagAt(SentenceAnalysis a, int offset) {
        for (TaggedToken t : a.tokens()) {
            if (t.start() <= offset && offset < t.end()) {
                return t.pos();
            }
        }
        return "";
    }

    /** The combinations whose groups all have cues, each on words of its own, in order. */
    private List<Combination> satisfied(Map<String, List<CueGroup.Cue>> cues) {
        List<Combination> out = new ArrayList<>();
        for (Combination c : combinations) {
            if (found(c, cues)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The first combination whose groups all have cues, each on words of its own, before the
     * part-of-speech tests (so {@code without} is not yet applied): whether the sentence is worth more work.
     */
    private Optional<Combination> firstSatisfied(Map<String, List<CueGroup.Cue>> cues) {
        for (Combination c : combinations) {
            if (assign(c.groups(), 0, cues, new ArrayList<>())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean found(Combination c, Map<String, List<CueGroup.Cue>> cues) {
        for (String w : c.without()) {
            if (!cues.get(w).isEmpty()) {
                return false;
            }
        }
        return assign(c.groups(), 0, cues, new ArrayList<>());
    }

    private static boolean assign(List<String> groups, int i, Map<String, List<CueGroup.Cue>> cues,
            List<CueGroup.Cue> chosen) {
        if (i == groups.size()) {
            return true;
        }
        for (CueGroup.Cue c : cues.get(groups.get(i))) {
            if (chosen.stream().anyMatch(c::overlaps)) {
                continue;
            }
            chosen.add(c);
            if (assign(groups, i + 1, cues, chosen)) {
                return true;
            }
            chosen.remove(chosen.size() - 1);
        }
        return false;
    }

    /**
     * "instrument: razors, knives; act: cut; context: self-injury": the cues of the combinations found,
     * each text once.
     */
    private List<String> explain(DocumentContext doc, Block block, BlockView v, Sentence s,
            Map<String, List<CueGroup.Cue>> cues, List<Combination> satisfied) {
        Set<String> groupsFound = new HashSet<>();
        satisfied.forEach(c -> groupsFound.addAll(c.groups()));
        List<String[]> texts = new ArrayList<>();
        for (CueGroup g : groups) {
            if (!groupsFound.contains(g.name)) {
                continue;
            }
            for (CueGroup.Cue cue : cues.get(g.name)) {
                texts.add(new String[] {g.shows, v.text().substring(cue.from(), cue.end()).replaceAll("\\s+", " ")});
            }
        }
        Map<String, Set<String>> byLabel = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String[] t : texts) {
            String lower = t[1].toLowerCase(java.util.Locale.ROOT);
            boolean inLonger = texts.stream().anyMatch(o -> o[1].length() > t[1].length()
                    && o[1].toLowerCase(java.util.Locale.ROOT).contains(lower));
            if (!inLonger && seen.add(lower)) {
                byLabel.computeIfAbsent(t[0], k -> new LinkedHashSet<>()).add(t[1]);
            }
        }
        List<String> out = new ArrayList<>();
        byLabel.forEach((label, words) -> out.add(label + ": " + String.join(", ", words)));
        contextCue(doc, block, s).ifPresent(w -> out.add("context: " + w));
        return out;
    }

    /** The words that put the sentence in context, or the draft's topic when none is near. */
    private Optional<String> contextCue(DocumentContext doc, Block block, Sentence s) {
        List<Lexicon> lexicons = conditions.lexicons();
        if (lexicons.isEmpty()) {
            return Optional.empty();
        }
        Set<String> words = new LinkedHashSet<>();
        for (DocumentContext.WindowPart part : doc.window(block, s.start(), s.end(), conditions.window())) {
            for (Lexicon l : lexicons) {
                for (PhraseHit h : part.hits(l.phrases())) {
                    words.add(part.view().text().substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (!words.isEmpty()) {
                break;
            }
        }
        if (!words.isEmpty()) {
            return Optional.of(String.join(", ", words.stream().limit(3).toList()));
        }
        return Optional.of("the draft's topic (" + doc.topic(conditions.lexiconNames())
                .describeTerms(3) + ")");
    }

    private static boolean anyHitIn(BlockView v, PhraseSet set, Sentence s) {
        return !v.hitsWithin(set, s.start(), s.end()).isEmpty();
    }
}
