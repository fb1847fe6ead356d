package dev.papageno.bench.lsp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings in milliseconds, summarised as median, 90th percentile and minimum. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    void addNanos(long nanos) {
        millis.add(nanos / 1e6);
    }

    int size() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    double p90() {
        return percentile(90);
    }

    double min() {
        return sorted().get(0);
    }

    /** The nearest-rank percentile. */
    double percentile(int p) {
        List<Double> s = sorted();
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, rank - 1));
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> s = new ArrayList<>(millis);
        Collections.sort(s);
        return s;
    }
}
