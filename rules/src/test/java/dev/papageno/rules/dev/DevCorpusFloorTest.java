package dev.papageno.rules.dev;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The figures reached so far on the development corpus of real writing, as a floor that only goes
 * up: each change that raises a figure raises its floor in {@code accuracy/dev-floor.yaml} with it.
 * Skipped only when the corpus ({@code ../shared/corpus/dev}) is not beside the project.
 * {@code scripts/accuracy dev --verbose} shows every miss and false alarm.
 */
class DevCorpusFloorTest {

    @Test
    @SuppressWarnings("unchecked")
    void figuresStayAtOrAboveTheFloor() throws Exception {
        Optional<Path> dir = DevCorpus.locate();
        assumeTrue(dir.isPresent(), "the development corpus (../shared/corpus/dev) is not beside the project");
        Map<String, Object> floor;
        try (InputStream in = DevCorpusFloorTest.class.getResourceAsStream("/accuracy/dev-floor.yaml")) {
            floor = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
        DevScore score = DevCorpusLinter.score(dir.get());
        DevScore.Figures all = score.all();
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, Object> e : floor.entrySet()) {
            if (e.getKey().equals("traps")) {
                int max = ((Number) e.getValue()).intValue();
                if (all.traps() > max) {
                    below.add("traps hit " + all.traps() + " > " + max + ": " + all.trapList());
                }
                continue;
            }
            Map<String, Object> want = (Map<String, Object>) e.getValue();
            for (Map.Entry<String, Object> m : want.entrySet()) {
                double min = ((Number) m.getValue()).doubleValue();
                Optional<Double> got = figure(all, e.getKey(), m.getKey());
                if (got.isEmpty() || got.get() + 1e-9 < min) {
                    below.add(String.format(Locale.ROOT, "%s %s %s < %.2f", e.getKey(), m.getKey(),
                            got.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("-"), min));
                }
            }
        }
        assertTrue(below.isEmpty(), "below the floor on the development corpus:\n  " + String.join("\n  ", below)
                + "\n" + DevScore.table(all));
    }

    private static Optional<Double> figure(DevScore.Figures all, String key, String measure) {
        if (DevScore.CATEGORIES.contains(key)) {
            DevScore.SpanCounts c = all.category(key);
            return switch (measure) {
                case "precision" -> c.precision();
                case "recall" -> c.recall();
                case "strictRecall" -> c.strictRecall();
                default -> throw new IllegalArgumentException("unknown measure " + measure + " for " + key);
            };
        }
        DevScore.DocCounts c = all.document(key);
        if (c == null) {
            throw new IllegalArgumentException("unknown key " + key + " in dev-floor.yaml");
        }
        return switch (measure) {
            case "precision" -> c.precision();
            case "recall" -> c.recall();
            default -> throw new IllegalArgumentException("unknown measure " + measure + " for " + key);
        };
    }
}
