package dev.papageno.core.nlp;

import java.util.Arrays;

/** The words of a text from {@link Words#scan}: offsets and normalized forms, in order. */
public final class WordTokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final String[] lower;

    private WordTokens(String text, int[] starts, int[] ends, int[] hashes) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.lower = new String[starts.length];
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The word lower-cased, apostrophes plain (made on first use). */
    public String word(int i) {
        String w = lower[i];
        if (w == null) {
            w = shared(i);
            lower[i] = w;
        }
        return w;
    }

    /** Per thread, the last normalized word seen for each hash slot: the same word is one string. */
    private static final ThreadLocal<String[]> RECENT = ThreadLocal.withInitial(() -> new String[1 << 14]);

    /**
     * The normalized word, shared with earlier occurrences when it was seen lately on this thread:
     * a long draft repeats its words, and a string for each occurrence would cost more memory than
     * the draft.
     */
    private String shared(int i) {
        String[] recent = RECENT.get();
        int slot = (hashes[i] ^ (hashes[i] >>> 14)) & (recent.length - 1);
        String r = recent[slot];
        if (r != null && r.hashCode() == hashes[i] && wordEquals(i, r)) {
            return r;
        }
        String w = Words.normalize(text.substring(starts[i], ends[i]));
        if (w.hashCode() == hashes[i]) {
            recent[slot] = w;
        }
        return w;
    }

    /**
     * The hash of {@link #word(int)}, as {@link String#hashCode()} computes it, without making the
     * string: the keyword pass looks words up by this.
     */
    public int hash(int i) {
        return hashes[i];
    }

    /** Whether word {@code i}, normalized, equals {@code normalized}, without making a string. */
    public boolean wordEquals(int i, String normalized) {
        int from = starts[i];
        int len = ends[i] - from;
        if (len != normalized.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (Words.normalizeChar(text.charAt(from + k)) != normalized.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The word as written. */
    public String original(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public String text() {
        return text;
    }

    /** Whether only phrase gaps (spaces, hyphens) stand between word {@code i} and word {@code i + 1}. */
    public boolean joinedToNext(int i) {
        if (i + 1 >= starts.length) {
            return false;
        }
        int from = ends[i];
        int to = starts[i + 1];
        if (to - from > 40) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Words.isPhraseGap(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only spaces, hyphens or light punctuation inside a sentence (a comma, quotation marks,
     * brackets) stand between word {@code i} and the next: the words are neighbours in a sentence.
     */
    public boolean joinedToNextOrSpace(int i) {
        if (i + 1 >= starts.length) {
            return false;
        }
        int from = ends[i];
        int to = starts[i + 1];
        if (to - from > 12) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** Index of the first word starting at or after {@code offset}. */
    public int indexAt(int offset) {
        int idx = Arrays.binarySearch(starts, offset);
        return idx >= 0 ? idx : -idx - 1;
    }

    static final class Builder {
        private final String text;
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private int n;

        Builder(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = end;
            n++;
        }

        WordTokens build() {
            int[] hashes = new int[n];
            for (int i = 0; i < n; i++) {
                int h = 0;
                for (int k = starts[i]; k < ends[i]; k++) {
                    h = 31 * h + Words.normalizeChar(text.charAt(k));
                }
                hashes[i] = h;
            }
            return new WordTokens(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), hashes);
        }
    }
}
