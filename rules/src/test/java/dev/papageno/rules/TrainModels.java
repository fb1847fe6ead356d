package dev.papageno.rules;

import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelFile;
import dev.papageno.rules.topic.NarrationTraining;
import dev.papageno.rules.topic.TopicDrafts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Trains the models of the built-in pack from the committed training data and writes their files
 * into {@code src/main/resources/papageno/models/}. Not part of the normal run (its name does not
 * end in {@code Test}); {@code scripts/train-models} selects it.
 */
class TrainModels {

    @Test
    void train() throws Exception {
        int n = NarrationTraining.examples(TopicDrafts.load(NarrationTraining.DATA)).size();
        LinearModel narration = NarrationTraining.train();
        Files.createDirectories(NarrationTraining.MODEL.getParent());
        Files.writeString(NarrationTraining.MODEL, ModelFile.write(narration, NarrationTraining.comment(n)),
                StandardCharsets.UTF_8);
        System.out.println("narration: " + n + " sentences -> " + NarrationTraining.MODEL);
        var method = dev.papageno.rules.method.MethodTraining.examples(
                dev.papageno.rules.method.LabelledPassages.load(dev.papageno.rules.method.MethodTraining.DATA)).events();
        LinearModel m = dev.papageno.rules.method.MethodTraining.train(method);
        Files.writeString(dev.papageno.rules.method.MethodTraining.MODEL,
                ModelFile.write(m, dev.papageno.rules.method.MethodTraining.comment(method.size())), StandardCharsets.UTF_8);
        System.out.println("method-detail: " + method.size() + " candidates -> " + dev.papageno.rules.method.MethodTraining.MODEL);
    }
}
