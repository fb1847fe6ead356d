package dev.papageno.rules.method;

import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelTrainer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The method model's report: five-fold cross-validation over the training passages (folds by
 * passage), and the committed model on the held-out passages when there are any. Not part of the
 * normal run; {@code scripts/accuracy method-model} selects it.
 */
class MethodRun {

    static final int FOLDS = 5;

    @Test
    void printReport() throws Exception {
        boolean verbose = Boolean.getBoolean("papageno.accuracy.verbose");
        double threshold = Double.parseDouble(System.getProperty("papageno.method.threshold", "0.5"));
        List<LabelledPassages.Passage> passages = LabelledPassages.load(MethodTraining.DATA);
        MethodTraining.Examples ex = MethodTraining.examples(passages);
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            foldOf.put(passages.get(i).doc(), i % FOLDS);
        }
        List<LinearModel> models = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            List<ModelTrainer.Example> train = new ArrayList<>();
            for (MethodTraining.Labelled l : ex.labelled()) {
                if (foldOf.get(l.passage().doc()) != fold) {
                    train.add(new ModelTrainer.Example(l.row().outcome(), l.candidate().cues()));
                }
            }
            models.add(MethodTraining.train(train));
        }
        MethodEvaluation cv = MethodEvaluation.of(ex.labelled(), models, l -> foldOf.get(l.passage().doc()),
                ex.missed(), threshold);
        long rows = passages.stream().mapToLong(p -> p.rows().size()).sum();
        long positives = passages.stream().flatMap(p -> p.rows().stream()).filter(LabelledPassages.Row::method).count();
        String text = "Method model, " + FOLDS + "-fold cross-validation on " + passages.size() + " passages, " + rows
                + " sentences (" + positives + " method), " + ex.labelled().size() + " candidates, threshold "
                + threshold + ":\n" + cv.report(verbose);
        Path out = Path.of("target", "accuracy", "method-model.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
