package dev.papageno.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFileTest {

    private static LinearModel model() {
        Map<String, double[]> w = new LinkedHashMap<>();
        w.put(LinearModel.BIAS, new double[] {1.25, -0.5});
        w.put("word:that's", new double[] {-0.0001, 2.0});
        w.put("instrument+body", new double[] {0.3333, -1.5});
        return new LinearModel("m", List.of("none", "method"), w, "abc123");
    }

    @Test
    void whatItWritesItReadsBack() {
        LinearModel back = ModelFile.read(ModelFile.write(model(), "made by a test"), "m.yaml");
        assertEquals("m", back.name());
        assertEquals(List.of("none", "method"), back.outcomes());
        assertEquals("abc123", back.fingerprint());
        assertEquals(List.of(LinearModel.BIAS, "word:that's", "instrument+body"), List.copyOf(back.weights().keySet()));
        assertArrayEquals(new double[] {0.3333, -1.5}, back.weights().get("instrument+body"), 0);
    }

    @Test
    void weightsWrittenInAnotherYamlStyleAreReadToo() {
        String text = "model: m\noutcomes: [none, method]\ntrainedOn: x\nweights:\n  bias: [1, 2]\n  rope: [0.5, -0.5]\n";
        LinearModel m = ModelFile.read(text, "m.yaml");
        assertArrayEquals(new double[] {0.5, -0.5}, m.weights().get("rope"), 0);
    }

    @Test
    void aWeightLineOfTheWrongLengthIsAnError() {
        String text = "model: m\noutcomes: [none, method]\ntrainedOn: x\nweights:\n  \"bias\": [1, 2]\n  \"rope\": [0.5]\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.read(text, "m.yaml"));
        assertTrue(e.getMessage().contains("m.yaml: cue rope needs 2 weights"), e.getMessage());
    }

    @Test
    void weightsAreReadToTheSameNumberAsTheGeneralParserGives() {
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 20_000; k++) {
            String s = String.format(java.util.Locale.ROOT, "%." + (1 + k % 4) + "f", (random.nextDouble() - 0.5) * 40);
            assertEquals(Double.parseDouble(s), ModelFile.number(s), 0, s);
        }
        for (String s : List.of("-0.0000", "12", "1e-5", "-.5", "3.14159", "NaN", "123456789012.5")) {
            assertEquals(Double.parseDouble(s), ModelFile.number(s), 0, s);
        }
        assertThrows(NumberFormatException.class, () -> ModelFile.number("0.x1"));
    }
}
