package dev.papageno.core.rule.load;

import dev.papageno.core.api.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the files of a pack on all cores. The results come back in the files' order, and so does a
 * mistake: when several files are wrong, the one reported is the first in that order, as when they
 * are read one after another.
 */
final class Parallel {

    private Parallel() {
    }

    /** Reads one file; may fail with the file's mistake. */
    @FunctionalInterface
    interface Reading<T, R> {
        R read(T file) throws ConfigException;
    }

    /** Maps every item, in parallel, and returns the results in order or throws the first mistake. */
    static <T, R> List<R> map(List<T> items, Reading<T, R> reading) throws ConfigException {
        Object[] results = new Object[items.size()];
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            try {
                results[i] = reading.read(items.get(i));
            } catch (ConfigException | RuntimeException e) {
                results[i] = new Failure(e);
            }
        });
        List<R> out = new ArrayList<>(results.length);
        for (Object r : results) {
            if (r instanceof Failure f) {
                if (f.error() instanceof ConfigException c) {
                    throw c;
                }
                throw (RuntimeException) f.error();
            }
            @SuppressWarnings("unchecked")
            R value = (R) r;
            out.add(value);
        }
        return out;
    }

    private record Failure(Exception error) {
    }
}
