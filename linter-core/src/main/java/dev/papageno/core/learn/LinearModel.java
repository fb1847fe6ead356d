package dev.papageno.core.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial logistic model over named cues: each outcome's score is the sum of the weights of
 * the cues present (times their values), and the probabilities are the softmax of the scores.
 * Every decision can say which cues carried it ({@link #contributions}). Immutable and thread-safe.
 */
public final class LinearModel {

    /** The cue every event has, so that each outcome has its own base rate. */
    public static final String BIAS = "bias";

    private final String name;
    private final List<String> outcomes;
    private final Map<String, double[]> weights;
    private final String fingerprint;

    /**
     * @param name        the model's name (for messages)
     * @param outcomes    the outcomes, in a fixed order
     * @param weights     per cue, one weight per outcome
     * @param fingerprint a digest of the training events the weights were learned from
     */
    public LinearModel(String name, List<String> outcomes, Map<String, double[]> weights, String fingerprint) {
        this.name = name;
        this.outcomes = List.copyOf(outcomes);
        Map<String, double[]> w = new LinkedHashMap<>();
        weights.forEach((k, v) -> {
            if (v.length != outcomes.size()) {
                throw new IllegalArgumentException(name + ": cue " + k + " has " + v.length + " weights for "
                        + outcomes.size() + " outcomes");
            }
            w.put(k, v.clone());
        });
        this.weights = w;
        this.fingerprint = fingerprint;
    }

    public String name() {
        return name;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The cues the model has weights for, in the order of the model file. */
    public Map<String, double[]> weights() {
        Map<String, double[]> out = new LinkedHashMap<>();
        weights.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /** Whether the model knows a cue (a cue it never saw in training has no weight). */
    public boolean knows(String cue) {
        return weights.containsKey(cue);
    }

    public int outcome(String outcome) {
        int i = outcomes.indexOf(outcome);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no outcome " + outcome);
        }
        return i;
    }

    /** The probability of each outcome, in {@link #outcomes()} order, for these cues (value 1 each). */
    public double[] probabilities(Cues cues) {
        double[] score = new double[outcomes.size()];
        add(score, BIAS, 1);
        cues.forEach((cue, value) -> add(score, cue, value));
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < score.length; i++) {
            score[i] = Math.exp(score[i] - max);
            sum += score[i];
        }
        for (int i = 0; i < score.length; i++) {
            score[i] /= sum;
        }
        return score;
    }

    private void add(double[] score, String cue, double value) {
        double[] w = weights.get(cue);
        if (w != null) {
            for (int i = 0; i < score.length; i++) {
                score[i] += w[i] * value;
            }
        }
    }

    /**
     * How much each present cue moved the decision towards {@code outcome} and away from
     * {@code against}: its weight difference times its value, largest first. The bias is left out.
     */
    public List<Contribution> contributions(Cues cues, String outcome, String against) {
        int o = outcome(outcome);
        int a = outcome(against);
        List<Contribution> out = new ArrayList<>();
        cues.forEach((cue, value) -> {
            double[] w = weights.get(cue);
            if (w != null) {
                out.add(new Contribution(cue, (w[o] - w[a]) * value));
            }
        });
        out.sort(Comparator.comparingDouble(Contribution::weight).reversed().thenComparing(Contribution::cue));
        return out;
    }

    /**
     * One cue's part in a decision.
     *
     * @param cue    the cue
     * @param weight how far it moved the log-odds
     */
    public record Contribution(String cue, double weight) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %+.2f", cue, weight);
        }
    }
}
