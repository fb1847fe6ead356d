package dev.papageno.rules.method;

import dev.papageno.rules.topic.Readers;

import dev.papageno.core.method.MethodReader;

import dev.papageno.core.method.MethodDetail;

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
    static final double INFO = 0.2;
    /** The rules' severityScore: from this score a finding is a warning or an error. */
    static final double WARN = 0.6;

    /**
     * The committed model, as the rules use it, on held-out passages never trained on: a sentence
     * counts as flagged when a scored sentence overlapping it reaches the warning score (precision,
     * recall) or the info score (recall at any severity).
     */
    static String heldOut(List<LabelledPassages.Passage> passages, boolean verbose) {
        MethodReader reader = Readers.methodReader(true);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int foundAny = 0;
        int positives = 0;
        StringBuilder misses = new StringBuilder();
        Map<String, int[]> byRegister = new java.util.TreeMap<>();
        Map<String, int[]> byPlace = new java.util.TreeMap<>();
        for (LabelledPassages.Passage p : passages) {
            var doc = Readers.context(p.doc() + ".md", p.markdown());
            List<MethodDetail> found = reader.read(doc);
            List<MethodReader.Candidate> outside = reader.candidates(doc).stream().filter(MethodReader.Candidate::offTopic)
                    .toList();
            int[] reg = byRegister.computeIfAbsent(p.register(), k -> new int[4]);
            for (LabelledPassages.Row r : p.rows()) {
                boolean out = outside.stream()
                        .anyMatch(c -> r.overlaps(c.block().toSource(c.sentence().start(), c.sentence().end())));
                int[] place = byPlace.computeIfAbsent(out ? "outside topic" : "inside topic",
                        k -> new int[4]);
                double best = 0;
                for (MethodDetail d : found) {
                    if (r.overlaps(d.range())) {
                        best = Math.max(best, d.score());
                    }
                }
                boolean warned = best >= WARN;
                if (r.method()) {
                    positives++;
                    reg[3]++;
                    place[3]++;
                    if (best >= INFO) {
                        foundAny++;
                    }
                }
                if (warned && r.method()) {
                    tp++;
                    reg[0]++;
                    place[0]++;
                } else if (warned) {
                    fp++;
                    reg[1]++;
                    place[1]++;
                    misses.append(String.format(java.util.Locale.ROOT, "  false alarm %.2f %s: %s%n", best, p.doc(), r.text()));
                } else if (r.method()) {
                    fn++;
                    reg[2]++;
                    place[2]++;
                    misses.append(String.format(java.util.Locale.ROOT, "  missed %.2f %s: %s%n", best, p.doc(), r.text()));
                }
            }
        }
        long rows = passages.stream().mapToLong(x -> x.rows().size()).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "Held-out passages (%d passages, %d sentences, %d method), the"
                + " committed model as the rules use it (warning from %.2f, info from %.2f):%n", passages.size(), rows,
                positives, WARN, INFO));
        sb.append(String.format(java.util.Locale.ROOT, "  precision %.2f  recall %.2f  (tp %d, fp %d, fn %d)  recall at"
                + " any severity %.2f%n", tp + fp == 0 ? 1.0 : tp / (double) (tp + fp), positives == 0 ? 1.0
                : tp / (double) positives, tp, fp, fn, positives == 0 ? 1.0 : foundAny / (double) positives));
        byPlace.forEach((k, v) -> sb.append(line(k, v)));
        byRegister.forEach((k, v) -> sb.append(line(k, v)));
        if (verbose) {
            sb.append(misses);
        }
        return sb.toString();
    }

    /** A line of the held-out report: tp, fp, fn and method rows in {@code v}. */
    private static String line(String name, int[] v) {
        return String.format(java.util.Locale.ROOT, "  %-16s precision %s  recall %s  (tp %d, fp %d, fn %d)%n", name,
                v[0] + v[1] == 0 ? "  -" : String.format(java.util.Locale.ROOT, "%.2f", v[0] / (double) (v[0] + v[1])),
                v[3] == 0 ? "  -" : String.format(java.util.Locale.ROOT, "%.2f", v[0] / (double) v[3]), v[0], v[1], v[2]);
    }

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
        Path held = Path.of("src", "test", "resources", "heldout", "method");
        if (Files.isDirectory(held)) {
            text += "\n" + heldOut(LabelledPassages.asWritten(held), verbose);
        }
        Path out = Path.of("target", "accuracy", "method-model.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
