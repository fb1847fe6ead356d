package dev.papageno.core.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The named cues of one example (a sentence, a document) with their values: 1 for a cue that is
 * simply present, a number for a measured one. Insertion-ordered, so that training events and
 * explanations come out the same way every time.
 */
public final class Cues {

    private final Map<String, Double> values = new LinkedHashMap<>();

    /** Marks a cue present. */
    public Cues add(String cue) {
        values.put(cue, 1.0);
        return this;
    }

    /** Sets a measured cue; a value of 0 leaves it out. */
    public Cues set(String cue, double value) {
        if (value != 0) {
            values.put(cue, value);
        } else {
            values.remove(cue);
        }
        return this;
    }

    public boolean has(String cue) {
        return values.containsKey(cue);
    }

    public double value(String cue) {
        return values.getOrDefault(cue, 0.0);
    }

    public void forEach(BiConsumer<String, Double> action) {
        values.forEach(action);
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
