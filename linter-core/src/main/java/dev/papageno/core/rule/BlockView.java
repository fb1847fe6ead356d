package dev.papageno.core.rule;

import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseIndex;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.SentenceAnalysis;
import dev.papageno.core.nlp.SentenceSplitter;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.nlp.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything rules learn about one block, computed on first use and kept for the other rules:
 * words, phrase hits, sentences, OpenNLP analysis of chosen sentences, its {@link Quotations} and
 * {@link Urls}.
 * Not thread-safe; one document is linted by one thread.
 */
public final class BlockView {

    private final Block block;
    private final PhraseIndex index;
    private WordTokens words;
    private PhraseIndex.Hits hits;
    private PhraseIndex.Hits conditionHits;
    private final PhraseIndex conditionIndex;
    private List<Sentence> sentences;
    private SentenceAnalysis[] analyses;
    private Quotations quotations;
    private Urls urls;

    BlockView(Block block, PhraseIndex index, PhraseIndex conditionIndex) {
        this.block = block;
        this.index = index;
        this.conditionIndex = conditionIndex;
    }

    public Block block() {
        return block;
    }

    public String text() {
        return block.text();
    }

    public WordTokens words() {
        if (words == null) {
            words = Words.scan(block.text());
        }
        return words;
    }

    /** Whether a phrase of one of these (trigger) sets occurs in this block. */
    public boolean anyHit(List<PhraseSet> sets) {
        if (!anyHits()) {
            return false;
        }
        for (PhraseSet s : sets) {
            if (!hits(s).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    void markSets(java.util.BitSet found) {
        anyHits();
        PhraseIndex.markSets(hits, found);
    }

    /** Whether any phrase of any rule or lexicon occurs in this block (rules that read only hits skip it). */
    public boolean anyHits() {
        if (hits == null) {
            hits = index.scan(words());
        }
        return PhraseIndex.any(hits);
    }

    /**
     * Hits of one phrase set that start in {@code [from, to)}, in text order: a view found by
     * binary search, so that looking at one sentence of a long block costs no more than the
     * sentence.
     */
    public List<PhraseHit> hitsStartingIn(PhraseSet set, int from, int to) {
        List<PhraseHit> all = hits(set);
        int lo = firstStartingAtOrAfter(all, from);
        int hi = firstStartingAtOrAfter(all, to);
        return lo < hi ? all.subList(lo, hi) : List.of();
    }

    /** Hits of one phrase set that lie wholly inside {@code [from, to)}, in text order. */
    public List<PhraseHit> hitsWithin(PhraseSet set, int from, int to) {
        List<PhraseHit> starting = hitsStartingIn(set, from, to);
        for (int i = 0; i < starting.size(); i++) {
            if (starting.get(i).end() > to) {
                List<PhraseHit> out = new ArrayList<>(starting.subList(0, i));
                for (int j = i + 1; j < starting.size(); j++) {
                    if (starting.get(j).end() <= to) {
                        out.add(starting.get(j));
                    }
                }
                return out;
            }
        }
        return starting;
    }

    /** Hits of one phrase set that share at least one character with {@code [from, to)}, in text order. */
    public List<PhraseHit> hitsOverlapping(PhraseSet set, int from, int to) {
        WordTokens w = words();
        if (w.size() == 0) {
            return List.of();
        }
        // A hit that starts before from covers the word holding from and at most maxWords - 1 before it.
        int firstWord = Math.max(0, Math.min(w.indexAt(from), w.size()) - set.maxWords());
        List<PhraseHit> out = new ArrayList<>(0);
        for (PhraseHit h : hitsStartingIn(set, Math.min(from, w.start(firstWord)), to)) {
            if (h.start() < to && from < h.end()) {
                out.add(h);
            }
        }
        return out;
    }

    private static int firstStartingAtOrAfter(List<PhraseHit> hits, int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Hits of one phrase set in this block, in text order. */
    public List<PhraseHit> hits(PhraseSet set) {
        if (hits == null) {
            hits = index.scan(words());
        }
        if (index.contains(set)) {
            return index.hits(hits, set);
        }
        if (conditionHits == null) {
            conditionHits = conditionIndex.scan(words());
        }
        return conditionIndex.hits(conditionHits, set);
    }

    /** The block's sentences (OpenNLP sentence model), split on first use. */
    public List<Sentence> sentences() {
        if (sentences == null) {
            sentences = SentenceSplitter.split(block.text());
            if (sentences.isEmpty()) {
                sentences = List.of(new Sentence(0, 0, block.text().length()));
            }
            analyses = new SentenceAnalysis[sentences.size()];
        }
        return sentences;
    }

    /** The sentence holding a block-text offset (the last one for offsets past the end). */
    public Sentence sentenceAt(int offset) {
        List<Sentence> s = sentences();
        int lo = 0;
        int hi = s.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < s.get(mid).end()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return s.get(lo);
    }

    /** Tokens and tags of a sentence (OpenNLP), computed once. */
    public SentenceAnalysis analysis(Sentence s) {
        sentences();
        SentenceAnalysis a = analyses[s.index()];
        if (a == null) {
            a = SentenceAnalysis.of(block.text(), s);
            analyses[s.index()] = a;
        }
        return a;
    }

    /** How many of the block's sentences have been tokenized and tagged so far: the costly step. */
    public int analysedSentences() {
        int n = 0;
        if (analyses != null) {
            for (SentenceAnalysis a : analyses) {
                if (a != null) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The passages of the block inside quotation marks, found on first use. */
    public Quotations quotations() {
        if (quotations == null) {
            quotations = Quotations.of(block.text());
        }
        return quotations;
    }

    /** The URLs, domains and e-mail addresses written in the block, found on first use. */
    public Urls urls() {
        if (urls == null) {
            urls = Urls.of(block.text());
        }
        return urls;
    }
}
