package dev.papageno.core.nlp;

import java.util.Arrays;

/** The words of a text from {@link Words#scan}: offsets and normalized forms, in order. */
public final class WordTokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;

    private WordTokens(String text, int[] starts, int[] ends, String[] lower) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
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

    /** The word lower-cased, apostrophes plain. */
    public String word(int i) {
        return lower[i];
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
            String[] lower = new String[n];
            for (int i = 0; i < n; i++) {
                lower[i] = Words.normalize(text.substring(starts[i], ends[i]));
            }
            return new WordTokens(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), lower);
        }
    }
}
