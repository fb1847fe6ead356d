package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.SentenceAnalysis;
import dev.papageno.core.nlp.TaggedToken;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Named groups of cue words that must occur together in one sentence (or a few): an act with an
 * instrument, a substance with a dose. The finding covers the cues of the groups named in
 * {@code span} and lists every cue that made it.
 */
public final class ProximityRule implements Rule {

    public static final TypeSchema SCHEMA = new TypeSchema("proximity",
            "Finds sentences where cue words of several named groups occur together.",
            List.of(
                    KeySpec.required("match", "map", "The cue groups and how they combine.",
                            KeySpec.required("cues", "map of cue lists", "Group name to cue list (phrases,"
                                    + " lemmas, lexicons)."),
                            KeySpec.optional("require", "list of texts", "Groups that must all occur. Default: every"
                                    + " group."),
                            KeySpec.optional("span", "list of texts", "Groups whose words the finding covers. Default:"
                                    + " the required groups."),
                            KeySpec.optional("window", "number", "Sentences on either side in which the groups may"
                                    + " occur. Default 0 (one sentence)."),
                            KeySpec.optional("pos", "map", "Group name to the Universal Dependencies tags its words"
                                    + " must have (the sentence is tagged only when needed)."),
                            KeySpec.optional("exclude", "cue list", "Words that, anywhere in the sentence, cancel the"
                                    + " match.", LoadContext.CUE_KEYS.toArray(new KeySpec[0]))),
                    Conditions.REQUIRES,
                    Conditions.UNLESS),
            List.of("cues"));

    private record Group(String name, PhraseSet phrases, Set<String> tags) {
    }

    private final RuleSpec spec;
    private final List<Group> groups;
    private final List<String> required;
    private final Set<String> span;
    private final int window;
    private final PhraseSet exclude;
    private final Conditions conditions;
    private final Group anchor;
    private final Triggers triggers;

    private ProximityRule(RuleSpec spec, List<Group> groups, List<String> required, Set<String> span, int window,
            PhraseSet exclude, Conditions conditions) {
        this.spec = spec;
        this.groups = groups;
        this.required = required;
        this.span = span;
        this.window = window;
        this.exclude = exclude;
        this.conditions = conditions;
        this.anchor = groups.stream().filter(g -> g.name().equals(required.get(0))).findFirst().orElseThrow();
        this.triggers = Triggers.of(groups.stream().map(Group::phrases).toList(), List.of(conditions));
    }

    /** Compiles a proximity rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        KeySpec matchSpec = SCHEMA.keys().get(0);
        YNode match = root.require("match").asMap().allowOnly(matchSpec.childNames());
        YNode cues = match.require("cues").asMap();
        Map<String, Set<String>> tags = new TreeMap<>();
        if (match.has("pos")) {
            for (Map.Entry<String, YNode> e : match.require("pos").asMap().entries().entrySet()) {
                if (!cues.has(e.getKey())) {
                    throw match.require("pos").keyError(e.getKey(), "no cue group of that name");
                }
                tags.put(e.getKey(), new LinkedHashSet<>(e.getValue().asStringList()));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, YNode> e : cues.entries().entrySet()) {
            if (!e.getKey().matches("[a-z][a-z0-9-]*")) {
                throw cues.keyError(e.getKey(), "group names are lower-case words");
            }
            groups.add(new Group(e.getKey(), ctx.cues(e.getValue(), spec.id() + " " + e.getKey()),
                    tags.get(e.getKey())));
        }
        if (groups.isEmpty()) {
            throw cues.error("needs at least one cue group");
        }
        List<String> required = match.has("require") ? match.require("require").asStringList()
                : groups.stream().map(Group::name).toList();
        for (String r : required) {
            if (!cues.has(r)) {
                throw match.require("require").error("no cue group named " + ConfigException.quote(r) + "");
            }
        }
        Set<String> span = new LinkedHashSet<>(match.has("span") ? match.require("span").asStringList() : required);
        for (String s : span) {
            if (!cues.has(s)) {
                throw match.require("span").error("no cue group named " + ConfigException.quote(s) + "");
            }
        }
        int window = match.has("window") ? match.require("window").asInt(0, 5) : 0;
        PhraseSet exclude = match.has("exclude") ? ctx.cues(match.require("exclude"), spec.id() + " exclude") : null;
        return new ProximityRule(spec, List.copyOf(groups), List.copyOf(required), span, window, exclude,
                Conditions.read(root, ctx, spec.id()));
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.phrases()));
        if (exclude != null) {
            out.add(exclude);
        }
        out.addAll(conditions.phraseSets());
        return out;
    }

    @Override
    public List<PhraseSet> triggerSets() {
        return triggers.sets();
    }

    @Override
    public List<PhraseSet> contextSets() {
        return triggers.context();
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        for (BlockView v : triggers.blocks(doc, spec)) {
            int last = -1;
            for (PhraseHit a : v.hits(anchor.phrases())) {
                Sentence s = v.sentenceAt(a.start());
                if (s.index() != last) {
                    last = s.index();
                    checkSentence(doc, v.block(), v, s, out);
                }
            }
        }
    }

    private void checkSentence(DocumentContext doc, Block block, BlockView v, Sentence s, Consumer<RuleMatch> out) {
        List<Sentence> all = v.sentences();
        int lo = all.get(Math.max(0, s.index() - window)).start();
        int hi = all.get(Math.min(all.size() - 1, s.index() + window)).end();
        if (exclude != null) {
            if (!v.hitsWithin(exclude, lo, hi).isEmpty()) {
                return;
            }
        }
        Map<String, List<PhraseHit>> found = new LinkedHashMap<>();
        for (Group g : groups) {
            List<PhraseHit> hits = new ArrayList<>();
            for (PhraseHit h : v.hitsWithin(g.phrases(), lo, hi)) {
                if (!v.inUrl(h.start(), h.end())
                        && (g.tags() == null || tagged(v, h, g.tags()))) {
                    hits.add(h);
                }
            }
            if (!hits.isEmpty()) {
                found.put(g.name(), hits);
            }
        }
        for (String r : required) {
            if (!found.containsKey(r)) {
                return;
            }
        }
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (String g : span) {
            for (PhraseHit h : found.getOrDefault(g, List.of())) {
                from = Math.min(from, h.start());
                to = Math.max(to, h.end());
            }
        }
        if (to < 0 || !conditions.accept(doc, block, from, to)) {
            return;
        }
        List<String> cueList = new ArrayList<>();
        for (Map.Entry<String, List<PhraseHit>> e : found.entrySet()) {
            Set<String> words = new LinkedHashSet<>();
            for (PhraseHit h : e.getValue()) {
                words.add(block.text().substring(h.start(), h.end()));
            }
            cueList.add(e.getKey() + ": " + String.join(", ", words));
        }
        if (conditions.hasRequirement()) {
            cueList.add("context: " + conditions.requirementCue());
        }
        String matched = block.text().substring(from, to);
        List<String> suggestions = Suggestions.render(spec.suggestions(), null, null, "", matched);
        out.accept(RuleMatch.inBlock(this, block, from, to, suggestions, spec.fixable(),
                Map.of("cues", String.join("; ", cueList)), cueList));
    }

    private static boolean tagged(BlockView v, PhraseHit h, Set<String> tags) {
        SentenceAnalysis a = v.analysis(v.sentenceAt(h.start()));
        for (TaggedToken t : a.tokens()) {
            if (t.start() <= h.start() && h.start() < t.end()) {
                return tags.contains(t.pos());
            }
        }
        return false;
    }
}
