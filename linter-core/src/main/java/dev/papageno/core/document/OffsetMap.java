package dev.papageno.core.document;

import java.util.Arrays;

/**
 * Where each char of a block's text came from in the source, kept as runs: a stretch of chars
 * copied as they are (each from the source char after the previous one) is one run, and only chars
 * a parser decoded (entities, escapes, separators) take a run each. Prose is almost all copied
 * text, so a block costs a few ints instead of eight bytes a char.
 */
final class OffsetMap {

    private int[] runStart = new int[8];
    private int[] runSrc = new int[8];
    /** End of a decoded char's source range; -1 for a run of copied chars. */
    private int[] runSrcEnd = new int[8];
    private int runs;
    private int length;

    /** Maps the next char to {@code [start, end)}. */
    void add(int start, int end) {
        if (runs > 0 && runSrcEnd[runs - 1] < 0 && end == start + 1
                && runSrc[runs - 1] + (length - runStart[runs - 1]) == start) {
            length++;
            return;
        }
        if (runs == runStart.length) {
            int size = runs * 2;
            runStart = Arrays.copyOf(runStart, size);
            runSrc = Arrays.copyOf(runSrc, size);
            runSrcEnd = Arrays.copyOf(runSrcEnd, size);
        }
        runStart[runs] = length;
        runSrc[runs] = start;
        runSrcEnd[runs] = end == start + 1 ? -1 : end;
        runs++;
        length++;
    }

    /** Maps the next {@code count} chars to the source chars from {@code from} on, one for one. */
    void addCopied(int from, int count) {
        for (int i = 0; i < count; i++) {
            if (i > 0 && runs > 0 && runSrcEnd[runs - 1] < 0) {
                // the rest of a copied stretch extends the run in one step
                length += count - i;
                return;
            }
            add(from + i, from + i + 1);
        }
    }

    int length() {
        return length;
    }

    /** Source offset of char {@code i}. */
    int start(int i) {
        int r = run(i);
        return runSrcEnd[r] < 0 ? runSrc[r] + (i - runStart[r]) : runSrc[r];
    }

    /** Source offset just past char {@code i}. */
    int end(int i) {
        int r = run(i);
        return runSrcEnd[r] < 0 ? runSrc[r] + (i - runStart[r]) + 1 : runSrcEnd[r];
    }

    /** The first char whose source range holds {@code sourceOffset} (a char of no width counts as one), or -1. */
    int charAt(int sourceOffset) {
        for (int r = 0; r < runs; r++) {
            int count = (r + 1 < runs ? runStart[r + 1] : length) - runStart[r];
            if (runSrcEnd[r] < 0) {
                if (runSrc[r] <= sourceOffset && sourceOffset < runSrc[r] + count) {
                    return runStart[r] + (sourceOffset - runSrc[r]);
                }
            } else if (runSrc[r] <= sourceOffset && sourceOffset < Math.max(runSrcEnd[r], runSrc[r] + 1)) {
                return runStart[r];
            }
        }
        return -1;
    }

    /** A copy trimmed to size, for a finished block. */
    OffsetMap trimmed() {
        OffsetMap m = new OffsetMap();
        m.runStart = Arrays.copyOf(runStart, runs);
        m.runSrc = Arrays.copyOf(runSrc, runs);
        m.runSrcEnd = Arrays.copyOf(runSrcEnd, runs);
        m.runs = runs;
        m.length = length;
        return m;
    }

    private int run(int i) {
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runStart[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
