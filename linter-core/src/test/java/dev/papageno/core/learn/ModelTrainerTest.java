package dev.papageno.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    /** "rope" and "neck" point to method, "lock" away from it; "the" says nothing. */
    private static List<ModelTrainer.Example> examples() {
        List<ModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new ModelTrainer.Example("method", new Cues().add("rope").add("neck").add("the")));
            out.add(new ModelTrainer.Example("method", new Cues().add("rope").add("the")));
            out.add(new ModelTrainer.Example("none", new Cues().add("rope").add("lock").add("the")));
            out.add(new ModelTrainer.Example("none", new Cues().add("the")));
            out.add(new ModelTrainer.Example("none", new Cues().add("lock")));
        }
        out.add(new ModelTrainer.Example("method", new Cues().add("neck").set("score", 0.5)));
        return out;
    }

    private static final List<String> OUTCOMES = List.of("none", "method");

    @Test
    void learnsWeightsThatSeparateTheOutcomes() {
        LinearModel m = new ModelTrainer(100, 0.5).train("toy", OUTCOMES, examples());
        double method = m.probabilities(new Cues().add("rope").add("neck"))[m.outcome("method")];
        double safety = m.probabilities(new Cues().add("rope").add("lock"))[m.outcome("method")];
        assertTrue(method > 0.8, "rope and neck: " + method);
        assertTrue(safety < 0.3, "rope and lock: " + safety);
        List<LinearModel.Contribution> why = m.contributions(new Cues().add("lock").add("neck"), "method", "none");
        assertEquals("neck", why.get(0).cue());
        assertEquals("lock", why.get(why.size() - 1).cue());
        assertTrue(why.get(why.size() - 1).weight() < 0);
    }

    @Test
    void theSameEventsGiveTheSameModel() {
        LinearModel a = new ModelTrainer(100, 0.5).train("toy", OUTCOMES, examples());
        LinearModel b = new ModelTrainer(100, 0.5).train("toy", OUTCOMES, examples());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(ModelFile.write(a, "toy"), ModelFile.write(b, "toy"));
        List<ModelTrainer.Example> other = new ArrayList<>(examples());
        other.add(new ModelTrainer.Example("none", new Cues().add("neck")));
        assertNotEquals(a.fingerprint(), ModelTrainer.fingerprint(OUTCOMES, other));
    }

    @Test
    void aModelFileReadsBackAsTheSameModel() {
        LinearModel a = new ModelTrainer(100, 0.5).train("toy", OUTCOMES, examples());
        String text = ModelFile.write(a, "Trained by a test.\nTwo lines of comment.");
        assertTrue(text.startsWith("# Trained by a test.\n# Two lines of comment.\nmodel: toy\n"), text);
        LinearModel b = ModelFile.read(text, "toy.yaml");
        assertEquals(a.outcomes(), b.outcomes());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(a.weights().keySet(), b.weights().keySet());
        a.weights().forEach((cue, w) -> assertArrayEquals(w, b.weights().get(cue), 1e-9, cue));
        Cues c = new Cues().add("rope").set("score", 0.25);
        assertArrayEquals(a.probabilities(c), b.probabilities(c), 1e-9);
    }

    @Test
    void aBrokenModelFileSaysWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.read("model: x\noutcomes: [a, b]\nweights:\n  bias: [1]\n", "x.yaml"));
        assertEquals("x.yaml: cue bias needs 2 weights", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelFile.read("- 1\n", "y.yaml"));
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        List<ModelTrainer.Example> bad = List.of(new ModelTrainer.Example("maybe", new Cues().add("x")));
        assertThrows(IllegalArgumentException.class, () -> new ModelTrainer(10, 1).train("toy", OUTCOMES, bad));
    }
}
