package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
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
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
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
 * Finds sentences where named groups of cues occur in one of several combinations: a method with an
 * instrument, a tool with an act, a named place with a jump. Words in an innocent sense (idioms)
 * are not cues, some words cancel a sentence (protective advice), and some lower the finding
 * (population statistics, through a rule option that profiles set).
 *
 * <p>It is built for speed on long drafts: only sentences that hold a keyword of some group are
 * looked at, and a sentence is tagged with parts of speech only when every other test, the topic
 * context included, has already passed. A draft with no such sentence costs no tagging at all.
 */
public final class CombinationRule implements Rule {

    private static final KeySpec GROUPS = new KeySpec("groups", true, "map of cue lists",
            "Group name to its cues: a cue list (`phrases`, `lemmas`, `lexicons`) with any of the keys below.",
            withCueKeys());

    private static final KeySpec ANY_OF = KeySpec.required("anyOf", "list",
            "The combinations that make a finding, tried in order: the first one found sets the span and severity,"
                    + " and the cues of all found are explained. Each is a list of"
                    + " group names that must all occur in one sentence (each on words of its own), or a map:",
            KeySpec.required("groups", "list of texts", "The groups that must all occur."),
            KeySpec.optional("span", "list of texts", "Groups whose cues the finding covers. Default: `match.span`,"
                    + " else the combination's groups."),
            KeySpec.optional("severity", "text", "A lower severity for this combination (`warning`, `info`)."),
            KeySpec.optional("without", "list of texts", "Groups that must not occur in the sentence, because another"
                    + " rule reports that detail."));

    private static final KeySpec LOWER = KeySpec.optional("lower", "list of maps",
            "Cues that lower a finding in their sentence, such as population statistics.",
            KeySpec.required("groups", "list of texts", "Groups whose cues, anywhere in the sentence, lower it."),
            KeySpec.optional("severity", "text", "The severity it drops to: `warning`, `info` or `off`."),
            KeySpec.optional("option", "text", "A rule option (under `options`) that holds the severity instead, so"
                    + " that profiles can set it."));

    public static final TypeSchema SCHEMA = new TypeSchema("combination",
            "Finds sentences where cue groups occur in one of several combinations (a method with an instrument, a"
                    + " tool with an act). Idioms are not cues, protective words cancel, statistics lower. Only"
                    + " sentences with a keyword are examined, and parts of speech are tagged only when every other"
                    + " test has passed.",
            List.of(
                    KeySpec.required("match", "map", "The groups and how they combine.",
                            GROUPS,
                            ANY_OF,
                            KeySpec.optional("span", "list of texts", "Groups whose cues the finding covers, when"
                                    + " the combination does not say. Default: the combination's groups."),
                            KeySpec.optional("idioms", "cue list", "Phrases in which a cue word has an innocent sense"
                                    + " (\"cut the budget\", \"hang out\"): a cue inside one does not count.",
                                    LoadContext.CUE_KEYS.toArray(new KeySpec[0])),
                            KeySpec.optional("exclude", "cue list", "Words that cancel their sentence (\"lock"
                                    + " medicines away\").", LoadContext.CUE_KEYS.toArray(new KeySpec[0]))),
                    LOWER,
                    Conditions.REQUIRES,
                    Conditions.UNLESS),
            List.of("cues"));

    private static List<KeySpec> withCueKeys() {
        List<KeySpec> keys = new ArrayList<>(LoadContext.CUE_KEYS);
        keys.addAll(CueGroup.KEYS);
        return List.copyOf(keys);
    }

    /** One way the groups may combine. */
    private record Combination(List<String> groups, List<String> span, Optional<Severity> severity,
            List<String> without) {
    }

    /** A lowering: groups whose cues lower the finding, to a fixed severity or a rule option's value. */
    private record Lowering(List<String> groups, String severity, String option) {
    }

    private final RuleSpec spec;
    private final List<CueGroup> groups;
    private final Map<String, CueGroup> byName;
    private final List<Combination> combinations;
    private final List<String> defaultSpan;
    private final PhraseSet idioms;
    private final PhraseSet exclude;
    private final List<Lowering> lowerings;
    private final Set<String> anchors;
    private final Conditions conditions;
    private final Triggers triggers;

    private CombinationRule(RuleSpec spec, List<CueGroup> groups, List<Combination> combinations,
            List<String> defaultSpan, PhraseSet idioms, PhraseSet exclude, List<Lowering> lowerings,
            Conditions conditions) {
        this.spec = spec;
        this.groups = groups;
        this.byName = new LinkedHashMap<>();
        groups.forEach(g -> byName.put(g.name, g));
        this.combinations = combinations;
        this.defaultSpan = defaultSpan;
        this.idioms = idioms;
        this.exclude = exclude;
        this.lowerings = lowerings;
        Set<String> inCombinations = new HashSet<>();
        combinations.forEach(c -> inCombinations.addAll(c.groups()));
        this.anchors = inCombinations;
        List<PhraseSet> anchorSets = new ArrayList<>();
        for (CueGroup g : groups) {
            if (g.phrases != null && anchors.contains(g.name)) {
                anchorSets.add(g.phrases);
            }
        }
        this.triggers = Triggers.of(anchorSets, List.of(conditions));
        this.conditions = conditions;
    }

    /** Compiles a combination rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        KeySpec matchSpec = SCHEMA.keys().get(0);
        YNode match = root.require("match").asMap().allowOnly(matchSpec.childNames());
        YNode groupsNode = match.require("groups").asMap();
        Map<String, CueGroup> read = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> e : groupsNode.entries().entrySet()) {
            read.put(e.getKey(), CueGroup.read(e.getKey(), e.getValue(), ctx, spec.id()));
        }
        if (read.isEmpty()) {
            throw groupsNode.error("needs at least one group");
        }
        List<CueGroup> ordered = order(read, groupsNode);
        List<String> defaultSpan = match.has("span") ? names(match.require("span"), read) : List.of();
        List<Combination> combinations = new ArrayList<>();
        YNode anyOf = match.require("anyOf");
        for (YNode c : anyOf.asList()) {
            if (c.isList()) {
                combinations.add(new Combination(names(c, read), List.of(), Optional.empty(), List.of()));
                continue;
            }
            YNode m = c.asMap().allowOnly(ANY_OF.childNames());
            List<String> span = m.has("span") ? names(m.require("span"), read) : List.of();
            Optional<Severity> severity = Optional.empty();
            if (m.has("severity")) {
                severity = Severity.byId(m.require("severity").asChoice(Set.of("warning", "info")));
            }
            List<String> without = m.has("without") ? names(m.require("without"), read) : List.of();
            combinations.add(new Combination(names(m.require("groups"), read), span, severity, without));
        }
        if (combinations.isEmpty()) {
            throw anyOf.error("needs at least one combination");
        }
        for (Combination c : combinations) {
            if (c.groups().stream().noneMatch(g -> read.get(g).hasPhrases())) {
                throw anyOf.error("each combination needs a group with phrases, lemmas or lexicons, which the"
                        + " keyword pass can find: " + c.groups());
            }
        }
        PhraseSet idioms = match.has("idioms") ? ctx.cues(match.require("idioms"), spec.id() + " idioms") : null;
        PhraseSet exclude = match.has("exclude") ? ctx.cues(match.require("exclude"), spec.id() + " exclude") : null;
        List<Lowering> lowerings = new ArrayList<>();
        if (root.has("lower")) {
            for (YNode l : root.require("lower").asList()) {
                YNode m = l.asMap().allowOnly(LOWER.childNames());
                List<String> names = names(m.require("groups"), read);
                if (m.has("severity") == m.has("option")) {
                    throw m.error("a lowering has either severity or option");
                }
                String severity = m.has("severity") ? m.require("severity").asChoice(Set.of("warning", "info", "off"))
                        : null;
                String option = null;
                if (m.has("option")) {
                    option = m.require("option").asText();
                    String value = spec.options().get(option);
                    if (value == null) {
                        throw m.require("option").error("declare the option under options: with its default value");
                    }
                    if (!value.equals("off") && Severity.byId(value).isEmpty()) {
                        throw m.require("option").error("option " + option + " must be error, warning, info or off,"
                                + " not \"" + value + "\"");
                    }
                }
                lowerings.add(new Lowering(names, severity, option));
            }
        }
        return new CombinationRule(spec, ordered, List.copyOf(combinations), defaultSpan, idioms, exclude,
                List.copyOf(lowerings), Conditions.read(root, ctx, spec.id()));
    }

    private static List<String> names(YNode list, Map<String, CueGroup> groups) throws ConfigException {
        List<String> out = list.asStringList();
        for (String n : out) {
            if (!groups.containsKey(n)) {
                throw list.error("no group named \"" + n + "\"; groups: " + String.join(", ", groups.keySet()));
            }
        }
        if (out.isEmpty()) {
            throw list.error("name at least one group");
        }
        return out;
    }

    /** The groups in an order where each comes after the groups it follows. */
    private static List<CueGroup> order(Map<String, CueGroup> groups, YNode at) throws ConfigException {
        List<CueGroup> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (out.size() < groups.size()) {
            boolean progress = false;
            for (CueGroup g : groups.values()) {
                if (done.contains(g.name)) {
                    continue;
                }
                for (String a : g.after) {
                    if (!groups.containsKey(a)) {
                        throw at.require(g.name).error("no group named \"" + a + "\" to come after or near");
                    }
                }
                if (done.containsAll(g.after)) {
                    out.add(g);
                    done.add(g.name);
                    progress = true;
                }
            }
            if (!progress) {
                throw at.error("the groups' after: and near: lists go round in a circle");
            }
        }
        return List.copyOf(out);
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        for (CueGroup g : groups) {
            if (g.phrases != null) {
                out.add(g.phrases);
            }
        }
        if (idioms != null) {
            out.add(idioms);
        }
        if (exclude != null) {
            out.add(exclude);
        }
        out.addAll(conditions.phraseSets());
        return out;
    }

    @Override
    public List<PhraseSet> contextSets() {
        return triggers.context();
    }

    @Override
    public List<PhraseSet> triggerSets() {
        return triggers.sets();
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        for (BlockView v : triggers.blocks(doc, spec)) {
            Block block = v.block();
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
                checkSentence(doc, block, v, v.sentences().get(index), out);
            }
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
        if (!conditions.accept(doc, block, s.start(), s.end())) {
            return;
        }
        tag(v, s, cues);
        List<Combination> satisfied = satisfied(cues);
        if (satisfied.isEmpty()) {
            return;
        }
        Combination c = satisfied.get(0);
        int[] span = span(c, cues);
        int from = span[0];
        int to = span[1];
        if (!conditions.accept(doc, block, from, to)) {
            return;
        }
        Optional<Severity> severity = c.severity();
        for (Lowering l : lowerings) {
            if (l.groups().stream().noneMatch(g -> !cues.getOrDefault(g, List.of()).isEmpty())) {
                continue;
            }
            String value = l.severity() != null ? l.severity() : doc.option(spec, l.option());
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
        List<String> suggestions = Suggestions.render(spec.suggestions(), null, null, "", matched);
        RuleMatch m = RuleMatch.inBlock(this, block, from, to, suggestions, spec.fixable(),
                Map.of("cues", String.join("; ", cueList)), cueList);
        out.accept(severity.isPresent() ? m.withSeverity(severity.get()) : m);
    }

    /**
     * What the finding covers: the cues of the combination's span groups (or the rule's, or else the
     * combination's own groups), with the words they take in.
     */
    private int[] span(Combination c, Map<String, List<CueGroup.Cue>> cues) {
        List<String> spanGroups = !c.span().isEmpty() ? c.span() : !defaultSpan.isEmpty() ? defaultSpan : c.groups();
        int[] span = cover(spanGroups, cues);
        return span[1] >= 0 ? span : cover(c.groups(), cues);
    }

    private static int[] cover(List<String> groups, Map<String, List<CueGroup.Cue>> cues) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (String g : groups) {
            for (CueGroup.Cue cue : cues.get(g)) {
                from = Math.min(from, cue.from());
                to = Math.max(to, cue.end());
            }
        }
        return new int[] {from, to};
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
