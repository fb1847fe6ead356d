package dev.papageno.core.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.OnePassRealValueDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link LinearModel} with OpenNLP's maximum-entropy trainer (L-BFGS with an L2 penalty,
 * one thread, a fixed number of iterations), so the same events always give the same weights.
 */
public final class ModelTrainer {

    /** One labelled example. */
    public record Example(String outcome, Cues cues) {
    }

    private final int iterations;
    private final double l2;

    /**
     * @param iterations the trainer's iteration count
     * @param l2         the L2 penalty (larger keeps weights smaller)
     */
    public ModelTrainer(int iterations, double l2) {
        this.iterations = iterations;
        this.l2 = l2;
    }

    /** Learns the weights; outcomes appear in the model in the order given. */
    public LinearModel train(String name, List<String> outcomes, List<Example> examples) {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) {
            if (!outcomes.contains(e.outcome())) {
                throw new IllegalArgumentException(name + ": unknown outcome " + e.outcome());
            }
            List<String> names = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            names.add(LinearModel.BIAS);
            values.add(1f);
            e.cues().forEach((cue, v) -> {
                names.add(cue);
                values.add(v.floatValue());
            });
            float[] vs = new float[values.size()];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = values.get(i);
            }
            events.add(new Event(e.outcome(), names.toArray(new String[0]), vs));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(QNTrainer.L2COST_PARAM, l2);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put("PrintMessages", false);
        try {
            OnePassRealValueDataIndexer indexer = new OnePassRealValueDataIndexer();
            indexer.init(params, new java.util.HashMap<>());
            indexer.index(ObjectStreamUtils.createObjectStream(events));
            QNTrainer trainer = new QNTrainer();
            trainer.init(params, new java.util.HashMap<>());
            QNModel model = trainer.trainModel(iterations, indexer);
            return export(name, outcomes, model, fingerprint(outcomes, examples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinearModel export(String name, List<String> outcomes, QNModel model, String fingerprint) {
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] modelOutcomes = (String[]) data[2];
        int[] toOurs = new int[modelOutcomes.length];
        for (int i = 0; i < modelOutcomes.length; i++) {
            toOurs[i] = outcomes.indexOf(modelOutcomes[i]);
        }
        Map<String, double[]> weights = new TreeMap<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            double[] w = new double[outcomes.size()];
            Context c = e.getValue();
            for (int i = 0; i < c.getOutcomes().length; i++) {
                int o = toOurs[c.getOutcomes()[i]];
                if (o >= 0) {
                    w[o] = round(c.getParameters()[i]);
                }
            }
            weights.put(e.getKey(), w);
        }
        Map<String, double[]> ordered = new LinkedHashMap<>();
        if (weights.containsKey(LinearModel.BIAS)) {
            ordered.put(LinearModel.BIAS, weights.remove(LinearModel.BIAS));
        }
        ordered.putAll(weights);
        if (params.length == 0) {
            throw new IllegalStateException(name + ": the trainer learned nothing");
        }
        return new LinearModel(name, outcomes, ordered, fingerprint);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** A digest of the events: when it changes, the model must be trained again. */
    public static String fingerprint(List<String> outcomes, List<Example> examples) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join(",", outcomes).getBytes(StandardCharsets.UTF_8));
            for (Example e : examples) {
                StringBuilder sb = new StringBuilder("\n").append(e.outcome());
                e.cues().forEach((cue, v) -> sb.append(' ').append(cue).append('=')
                        .append(String.format(Locale.ROOT, "%.4f", v)));
                md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
