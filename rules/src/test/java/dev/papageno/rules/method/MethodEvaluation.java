package dev.papageno.rules.method;

import dev.papageno.core.learn.LinearModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sentence-level precision and recall of the method model on labelled passages: a candidate is
 * found when the model's probability of some kind of detail reaches the threshold; a labelled
 * method row the gate never reached is a miss.
 */
public final class MethodEvaluation {

    /** Counts of one group of sentences. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        String line() {
            return String.format(Locale.ROOT, "P %.2f  R %.2f  (tp %d, fp %d, fn %d)", precision(), recall(), tp, fp,
                    fn);
        }
    }

    private final Counts all = new Counts();
    private final Map<String, Counts> byRegister = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private int gateMisses;

    /** Scores each labelled candidate with the model trained without it. */
    static MethodEvaluation of(List<MethodTraining.Labelled> labelled, List<LinearModel> models,
            java.util.function.ToIntFunction<MethodTraining.Labelled> fold, List<LabelledPassages.Row> missed,
            double threshold) {
        MethodEvaluation e = new MethodEvaluation();
        for (MethodTraining.Labelled l : labelled) {
            LinearModel m = models.get(fold.applyAsInt(l));
            double p = 1 - m.probabilities(l.candidate().cues())[m.outcome("none")];
            boolean want = l.row().method();
            boolean got = p >= threshold;
            Counts r = e.byRegister.computeIfAbsent(l.row().register(), k -> new Counts());
            for (Counts c : List.of(e.all, r)) {
                if (want && got) {
                    c.tp++;
                } else if (got) {
                    c.fp++;
                } else if (want) {
                    c.fn++;
                }
            }
            if (want != got) {
                e.errors.add(String.format(Locale.ROOT, "%s %.2f %s [%s] %s%s", want ? "missed" : "false alarm", p,
                        l.row().doc(), want ? l.row().kind() : l.row().trap(), l.row().text(),
                        "\n      cues: " + top(m, l)));
            }
        }
        for (LabelledPassages.Row row : missed) {
            e.gateMisses++;
            e.all.fn++;
            e.byRegister.computeIfAbsent(row.register(), k -> new Counts()).fn++;
            e.errors.add("not a candidate " + row.doc() + " [" + row.kind() + "] " + row.text());
        }
        return e;
    }

    private static String top(LinearModel m, MethodTraining.Labelled l) {
        double[] p = m.probabilities(l.candidate().cues());
        int best = 1;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        List<LinearModel.Contribution> c = m.contributions(l.candidate().cues(), m.outcomes().get(best), "none");
        StringBuilder sb = new StringBuilder(m.outcomes().get(best)).append(": ");
        for (int i = 0; i < c.size(); i++) {
            if (i < 4 || i >= c.size() - 2) {
                sb.append(c.get(i)).append("; ");
            } else if (i == 4) {
                sb.append("…; ");
            }
        }
        return sb.toString();
    }

    public Counts all() {
        return all;
    }

    public String report(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append("all            ").append(all.line()).append("   (").append(gateMisses)
                .append(" method sentences not candidates)\n");
        byRegister.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-14s %s%n", k, v.line())));
        if (verbose) {
            sb.append('\n');
            errors.forEach(x -> sb.append(x).append('\n'));
        }
        return sb.toString();
    }
}
