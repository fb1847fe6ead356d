package dev.papageno.core.rule;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.Document;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseIndex;
import dev.papageno.core.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule sees of one document: its blocks (each with a lazily computed {@link BlockView}),
 * the lexicons, the topic analysis, the region and the profile's options. One per document and
 * thread.
 */
public final class DocumentContext {

    private final Document document;
    private final RuleSet rules;
    private final LintSettings settings;
    private final BlockView[] views;
    private final Map<String, TopicAnalysis> topics = new HashMap<>();
    private final Map<Object, Object> memo = new HashMap<>();

    public DocumentContext(Document document, RuleSet rules, LintSettings settings) {
        this.document = document;
        this.rules = rules;
        this.settings = settings;
        this.views = new BlockView[document.blocks().size()];
    }

    public Document document() {
        return document;
    }

    public List<Block> blocks() {
        return document.blocks();
    }

    public BlockView view(Block block) {
        BlockView v = views[block.index()];
        if (v == null) {
            v = new BlockView(block, rules.phraseIndex(), rules.conditionIndex());
            views[block.index()] = v;
        }
        return v;
    }

    /** A value computed once per document and shared by the rules that need it. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    private java.util.BitSet setsWithHits;

    /**
     * Whether any of these trigger sets has a hit anywhere in the document: a rule whose words do
     * not occur at all has nothing to look at.
     */
    public boolean anyHit(List<dev.papageno.core.match.PhraseSet> sets) {
        if (setsWithHits == null) {
            setsWithHits = new java.util.BitSet();
            for (Block b : blocks()) {
                view(b).markSets(setsWithHits);
            }
        }
        for (dev.papageno.core.match.PhraseSet s : sets) {
            if (rules.phraseIndex().contains(s) && setsWithHits.get(rules.phraseIndex().idOf(s))) {
                return true;
            }
        }
        return false;
    }

    public RuleSet rules() {
        return rules;
    }

    public Optional<String> region() {
        return settings.region();
    }

    public String profile() {
        return settings.profile();
    }

    /** A rule option: the profile's value, else the rule's default. */
    public String option(RuleSpec spec, String name) {
        Map<String, String> fromProfile = settings.options().get(spec.id());
        if (fromProfile != null && fromProfile.containsKey(name)) {
            return fromProfile.get(name);
        }
        String v = spec.options().get(name);
        if (v == null) {
            throw new IllegalArgumentException(spec.id() + " has no option " + name);
        }
        return v;
    }

    /** Whether a block is body text: not a heading, image description or reference. */
    public static boolean isBody(Block b) {
        return !b.isHeading() && !b.isReference() && b.kind() != dev.papageno.core.document.BlockKind.IMAGE_ALT;
    }

    /**
     * How much the body of the draft speaks of the topics named (lexicon names): sentences that
     * contain a word of any of them, and which words.
     */
    public TopicAnalysis topic(List<String> lexiconNames) {
        String key = String.join("+", lexiconNames);
        TopicAnalysis cached = topics.get(key);
        if (cached != null) {
            return cached;
        }
        List<Lexicon> lexicons = new ArrayList<>();
        for (String n : lexiconNames) {
            lexicons.add(rules.lexicon(n));
        }
        Map<String, Integer> terms = new HashMap<>();
        int sentences = 0;
        int first = -1;
        int firstBlock = -1;
        for (Block b : blocks()) {
            if (!isBody(b)) {
                continue;
            }
            BlockView v = view(b);
            List<PhraseHit> all = new ArrayList<>();
            for (Lexicon l : lexicons) {
                all.addAll(v.hits(l.phrases()));
            }
            if (all.isEmpty()) {
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            for (PhraseHit h : all) {
                Sentence s = v.sentenceAt(h.start());
                if (seen.add(s.index())) {
                    sentences++;
                    int at = b.toSource(s.start(), s.end()).start();
                    if (first < 0 || at < first) {
                        first = at;
                        firstBlock = b.index();
                    }
                }
                terms.merge(v.text().substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT), 1,
                        Integer::sum);
            }
        }
        TopicAnalysis t = new TopicAnalysis(key, sentences, TopicAnalysis.sortByCount(terms), first, firstBlock);
        topics.put(key, t);
        return t;
    }

    /**
     * Whether a word of one of the lexicons occurs within {@code window} sentences of the block
     * range {@code [from, to)}: in the same sentence (window 0), or also in the sentences before and
     * after, crossing into the neighbouring blocks at the edges.
     */
    public boolean near(Block block, int from, int to, List<Lexicon> lexicons, int window) {
        BlockView v = view(block);
        Sentence s = v.sentenceAt(from);
        int lo = s.index() - window;
        int hi = v.sentenceAt(Math.max(from, to - 1)).index() + window;
        if (hitsIn(v, lexicons, lo, hi)) {
            return true;
        }
        if (window > 0) {
            List<Block> all = blocks();
            if (lo < 0 && block.index() > 0) {
                BlockView prev = view(all.get(block.index() - 1));
                int n = prev.sentences().size();
                if (hitsIn(prev, lexicons, n + lo, n - 1)) {
                    return true;
                }
            }
            if (hi >= v.sentences().size() && block.index() + 1 < all.size()) {
                BlockView next = view(all.get(block.index() + 1));
                if (hitsIn(next, lexicons, 0, hi - v.sentences().size())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hitsIn(BlockView v, List<Lexicon> lexicons, int lo, int hi) {
        List<Sentence> sentences = null;
        for (Lexicon l : lexicons) {
            for (PhraseHit h : v.hits(l.phrases())) {
                if (sentences == null) {
                    sentences = v.sentences();
                }
                int idx = v.sentenceAt(h.start()).index();
                if (idx >= lo && idx <= hi) {
                    return true;
                }
            }
        }
        return false;
    }
}
