package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelFile;
import dev.papageno.rules.method.MethodTraining;
import dev.papageno.rules.topic.NarrationTraining;
import dev.papageno.rules.topic.Readers;
import org.junit.jupiter.api.Test;

/** The committed model files match their training data: retraining gives the same weights. */
class ModelsAreFreshTest {

    private static final String STALE = " is stale: run scripts/train-models and commit the model file";

    @Test
    void narrationModel() throws Exception {
        assertSame(ModelFile.read(Readers.resource("models/narration.yaml"), "models/narration.yaml"),
                NarrationTraining.train());
    }

    @Test
    void methodModel() throws Exception {
        assertSame(ModelFile.read(Readers.resource("models/method-detail.yaml"), "models/method-detail.yaml"),
                MethodTraining.train());
    }

    static void assertSame(LinearModel committed, LinearModel trained) {
        String name = "models/" + committed.name() + ".yaml";
        assertEquals(trained.fingerprint(), committed.fingerprint(), name + STALE + " (its training data changed)");
        assertEquals(trained.outcomes(), committed.outcomes(), name + STALE);
        assertEquals(trained.weights().keySet(), committed.weights().keySet(), name + STALE);
        trained.weights().forEach((cue, w) -> {
            double[] c = committed.weights().get(cue);
            for (int i = 0; i < w.length; i++) {
                assertTrue(Math.abs(w[i] - c[i]) < 1e-3, name + STALE + " (weight of " + cue + ")");
            }
        });
    }
}
