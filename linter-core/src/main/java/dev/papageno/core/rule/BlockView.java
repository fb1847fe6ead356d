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
import java.util.regex.Pattern;

/**
 * Everything rules learn about one block, computed on first use and kept for the other rules:
 * words, phrase hits, sentences, OpenNLP analysis of chosen sentences, quotation and URL spans.
 * Not thread-safe; one document is linted by one thread.
 */
public final class BlockView {

    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:com|org|net|gov|edu|info|io|co|uk|ie|au|nz|ca|us|eu|int"
                    + "|health|help|care|online|app|me|ly|to)(?::\\d+)?(?:/\\S*)?");

    private final Block block;
    private final PhraseIndex index;
    private WordTokens words;
    private PhraseIndex.Hits hits;
    private PhraseIndex.Hits conditionHits;
    private final PhraseIndex conditionIndex;
    private List<Sentence> sentences;
    private SentenceAnalysis[] analyses;
    private List<int[]> quotes;
    private List<int[]> urls;

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

    /** Whether {@code [from, to)} lies inside quotation marks in this block. */
    public boolean inQuotes(int from, int to) {
        for (int[] q : quoteSpans()) {
            if (q[0] <= from && to <= q[1]) {
                return true;
            }
        }
        return false;
    }

    /** The opening quotation mark before {@code from} when the range is quoted, else -1. */
    public int quoteStart(int from, int to) {
        for (int[] q : quoteSpans()) {
            if (q[0] <= from && to <= q[1]) {
                return q[0];
            }
        }
        return -1;
    }

    /** Whether {@code [from, to)} overlaps a URL, domain or e-mail address written in the text. */
    public boolean inUrl(int from, int to) {
        // The spans are disjoint and in text order: only the first that ends after from can overlap.
        List<int[]> spans = urlSpans();
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid)[1] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < spans.size() && spans.get(lo)[0] < to;
    }

    /** URL-like spans of the text, {@code [start, end)} pairs. */
    public List<int[]> urlSpans() {
        if (urls == null) {
            urls = findUrls(block.text());
        }
        return urls;
    }

    List<int[]> quoteSpans() {
        if (quotes == null) {
            quotes = findQuotes(block.text());
        }
        return quotes;
    }

    static List<int[]> findQuotes(String t) {
        List<int[]> out = new ArrayList<>();
        int n = t.length();
        int openDouble = -1;
        int openSingle = -1;
        int openCurly = -1;
        int openCurlySingle = -1;
        int openGuillemet = -1;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            char next = i + 1 < n ? t.charAt(i + 1) : ' ';
            switch (c) {
                case '“' -> openCurly = i;
                case '”' -> {
                    if (openCurly >= 0) {
                        out.add(new int[] {openCurly + 1, i});
                        openCurly = -1;
                    }
                }
                case '«' -> openGuillemet = i;
                case '»' -> {
                    if (openGuillemet >= 0) {
                        out.add(new int[] {openGuillemet + 1, i});
                        openGuillemet = -1;
                    }
                }
                case '"' -> {
                    if (openDouble < 0) {
                        if (!Character.isLetterOrDigit(prev)) {
                            openDouble = i;
                        }
                    } else {
                        out.add(new int[] {openDouble + 1, i});
                        openDouble = -1;
                    }
                }
                case '‘' -> openCurlySingle = i;
                case '’' -> {
                    if (openCurlySingle >= 0 && !Character.isLetter(next)) {
                        out.add(new int[] {openCurlySingle + 1, i});
                        openCurlySingle = -1;
                    }
                }
                case '\'' -> {
                    if (openSingle < 0) {
                        if (!Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                            openSingle = i;
                        }
                    } else if (!Character.isLetterOrDigit(next) && prev != ' ') {
                        out.add(new int[] {openSingle + 1, i});
                        openSingle = -1;
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("com", "org", "net", "gov", "edu",
            "info", "io", "co", "uk", "ie", "au", "nz", "ca", "us", "eu", "int", "health", "help", "care", "online",
            "app", "me", "ly", "to");

    /** Whether the host part of a token ends in a top-level domain the URL pattern knows (a cheap test first). */
    private static boolean knownTopLevel(String tok) {
        int slash = tok.indexOf('/');
        String host = slash >= 0 ? tok.substring(0, slash) : tok;
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        int dot = host.lastIndexOf('.');
        return dot > 0 && TOP_LEVEL.contains(host.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    static List<int[]> findUrls(String t) {
        List<int[]> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int s = i;
            boolean dot = false;
            boolean colonOrAt = false;
            while (i < n && !Character.isWhitespace(t.charAt(i))) {
                char c = t.charAt(i);
                dot |= c == '.';
                colonOrAt |= c == ':' || c == '@';
                i++;
            }
            if (!dot && !colonOrAt) {
                continue;
            }
            int e = i;
            while (s < e && "([{<\"'“‘*_".indexOf(t.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && ".,;:!?)]}>\"'”’*_".indexOf(t.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - s < 4 || e - s > 2048) {
                continue;
            }
            String tok = t.substring(s, e);
            boolean url = tok.contains("://") || tok.regionMatches(true, 0, "www.", 0, 4)
                    || (tok.indexOf('@') > 0 && tok.indexOf('.', tok.indexOf('@')) > 0)
                    || (tok.indexOf('.') > 0 && knownTopLevel(tok) && DOMAIN.matcher(tok).matches());
            if (url) {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }
}
