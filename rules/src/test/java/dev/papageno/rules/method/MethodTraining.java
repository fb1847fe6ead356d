package dev.papageno.rules.method;

import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelTrainer;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.source.TextRange;
import dev.papageno.rules.topic.Readers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the method model from labelled passages. Every candidate sentence of a passage's draft
 * becomes an example whose outcome is the kind of detail of the labelled row it lies in, or
 * {@code none}. Labelled method rows that no candidate reaches are the gate's misses.
 */
public final class MethodTraining {

    /** The labelled passages the model learns from, relative to the rules module. */
    public static final Path DATA = Path.of("src", "test", "resources", "training", "method");
    /** Where the model file goes, relative to the rules module. */
    public static final Path MODEL = Path.of("src", "main", "resources", "papageno", "models", "method-detail.yaml");
    static final List<String> OUTCOMES = List.of("none", "specific", "location", "ease", "self-harm-tools", "note",
            "generic");
    static final int ITERATIONS = 300;
    static final double L2 = 1.0;

    /**
     * A candidate with its label.
     *
     * @param passage   the passage
     * @param row       the labelled row the candidate lies in
     * @param candidate the candidate and its cues
     */
    public record Labelled(LabelledPassages.Passage passage, LabelledPassages.Row row,
            MethodReader.Candidate candidate) {
    }

    /**
     * The candidates of a set and the method rows the gate missed.
     *
     * @param labelled every candidate, labelled
     * @param missed   method rows with no candidate
     */
    public record Examples(List<Labelled> labelled, List<LabelledPassages.Row> missed) {

        public List<ModelTrainer.Example> events() {
            return labelled.stream().map(l -> new ModelTrainer.Example(l.row().outcome(), l.candidate().cues()))
                    .toList();
        }
    }

    private MethodTraining() {
    }

    /** The labelled candidates of passages, read with a reader without its model. */
    public static Examples examples(List<LabelledPassages.Passage> passages) {
        MethodReader reader = Readers.methodReader(false);
        List<Labelled> out = new ArrayList<>();
        List<LabelledPassages.Row> missed = new ArrayList<>();
        for (LabelledPassages.Passage p : passages) {
            DocumentContext ctx = Readers.context(p.doc() + ".md", p.markdown());
            List<MethodReader.Candidate> cands = reader.candidates(ctx, false);
            boolean[] reached = new boolean[p.rows().size()];
            for (MethodReader.Candidate c : cands) {
                TextRange r = c.block().toSource(c.sentence().start(), c.sentence().end());
                int best = -1;
                int bestOverlap = 0;
                for (int i = 0; i < p.rows().size(); i++) {
                    LabelledPassages.Row row = p.rows().get(i);
                    int o = Math.min(r.end(), row.end()) - Math.max(r.start(), row.start());
                    if (o > bestOverlap) {
                        best = i;
                        bestOverlap = o;
                    }
                }
                if (best >= 0) {
                    reached[best] = true;
                    out.add(new Labelled(p, p.rows().get(best), c));
                }
            }
            for (int i = 0; i < reached.length; i++) {
                if (!reached[i] && p.rows().get(i).method()) {
                    missed.add(p.rows().get(i));
                }
            }
        }
        return new Examples(out, missed);
    }

    /** Trains the model on examples. */
    public static LinearModel train(List<ModelTrainer.Example> events) {
        return new ModelTrainer(ITERATIONS, L2).train("method-detail", OUTCOMES, events);
    }

    /** Trains the model on the committed passages. */
    public static LinearModel train() throws IOException {
        return train(examples(LabelledPassages.load(DATA)).events());
    }

    public static String comment(int examples) {
        return "The method model: whether a candidate sentence gives method detail, and of which kind.\n"
                + "Learned from " + examples + " candidate sentences of the labelled passages in\n"
                + "rules/src/test/resources/training/method.\n"
                + "Made by scripts/train-models; do not edit by hand (ModelsAreFreshTest fails when it is stale).";
    }
}
