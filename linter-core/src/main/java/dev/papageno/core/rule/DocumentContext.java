package dev.papageno.core.rule;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.document.Document;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseIndex;
import dev.papageno.core.match.PhraseSet;
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

    private static final int TITLE_MAX_WORDS = 16;
    private static final int OPENING_TITLE_MAX_WORDS = 25;

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

    /**
     * Something computed from a whole document once and shared by every rule that asks: a topic
     * analysis, the help lines the draft gives, a model's features. Declare one constant per kind of
     * analysis and ask {@link #analysis} for it; the constant is the key.
     *
     * @param <T> what the analysis gives
     */
    @FunctionalInterface
    public interface DocumentAnalysis<T> {
        T compute(DocumentContext doc);
    }

    /** The document's analysis of this kind, computed on first use. */
    public <T> T analysis(DocumentAnalysis<T> kind) {
        return memo(kind, () -> kind.compute(this));
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

    /** Whether a block is a heading, marked up or a title-like paragraph outside any quotation. */
    public static boolean readsAsHeading(Block b) {
        return b.isHeading() || (b.kind() == BlockKind.PARAGRAPH && b.quoteDepth() == 0 && isTitleLike(b));
    }

    /**
     * A short paragraph with no sentence ending reads as a title or subtitle, not as body text; so
     * does a short line wholly in bold or italics that opens the draft (a forum thread's title).
     */
    public static boolean isTitleLike(Block b) {
        String t = b.text().strip();
        if (t.isEmpty()) {
            return true;
        }
        if (b.index() == 0 && b.isEmphasized() && wordCount(t) <= OPENING_TITLE_MAX_WORDS) {
            return true;
        }
        int last = t.length() - 1;
        while (last > 0 && "*_\"'”’)]".indexOf(t.charAt(last)) >= 0) {
            last--;
        }
        return ".!?…:;".indexOf(t.charAt(last)) < 0 && wordCount(t) <= TITLE_MAX_WORDS;
    }

    private static int wordCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
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
        for (WindowPart part : window(block, from, to, window)) {
            for (Lexicon l : lexicons) {
                if (!part.hits(l.phrases()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentences within {@code window} sentences of the block range {@code [from, to)}: those of
     * its own block first, then, where the window reaches past an edge, those of the block before
     * and of the block after.
     */
    public List<WindowPart> window(Block block, int from, int to, int window) {
        BlockView v = view(block);
        int lo = v.sentenceAt(from).index() - window;
        int hi = v.sentenceAt(Math.max(from, to - 1)).index() + window;
        List<WindowPart> parts = new ArrayList<>(3);
        parts.add(new WindowPart(v, lo, hi));
        List<Block> all = blocks();
        if (lo < 0 && block.index() > 0) {
            BlockView prev = view(all.get(block.index() - 1));
            int n = prev.sentences().size();
            parts.add(new WindowPart(prev, n + lo, n - 1));
        }
        int size = v.sentences().size();
        if (hi >= size && block.index() + 1 < all.size()) {
            parts.add(new WindowPart(view(all.get(block.index() + 1)), 0, hi - size));
        }
        return parts;
    }

    /**
     * Sentences {@code lo} to {@code hi} (inclusive, clipped to the block) of one block.
     *
     * @param view the block
     * @param lo   the first sentence index
     * @param hi   the last sentence index
     */
    public record WindowPart(BlockView view, int lo, int hi) {

        /** Hits of a phrase set that start in these sentences, in text order. */
        public List<PhraseHit> hits(PhraseSet set) {
            List<Sentence> sentences = view.sentences();
            if (sentences.isEmpty() || lo > hi || lo >= sentences.size() || hi < 0) {
                return List.of();
            }
            int from = sentences.get(Math.max(0, lo)).start();
            int to = sentences.get(Math.min(hi, sentences.size() - 1)).end();
            List<PhraseHit> out = new ArrayList<>(0);
            for (PhraseHit h : view.hitsStartingIn(set, from, to)) {
                int idx = view.sentenceAt(h.start()).index();
                if (idx >= lo && idx <= hi) {
                    out.add(h);
                }
            }
            return out;
        }
    }
}
