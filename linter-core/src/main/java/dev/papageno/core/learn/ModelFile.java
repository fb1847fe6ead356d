package dev.papageno.core.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A model file: YAML that people can read, with the outcomes, the fingerprint of the training
 * events and one line of weights per cue.
 *
 * <pre>
 * model: method-detail
 * outcomes: [none, specific, location]
 * trainedOn: 3f2a9c0d1e7b6a54
 * weights:
 *   bias: [1.2, -0.4, -0.9]
 *   instrument: [-0.8, 1.1, 0.1]
 * </pre>
 */
public final class ModelFile {

    private ModelFile() {
    }

    /** The text of a model file, with a comment that says how it was made. */
    public static String write(LinearModel m, String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.strip().split("\n")) {
            sb.append("# ").append(line.strip()).append('\n');
        }
        sb.append("model: ").append(m.name()).append('\n');
        sb.append("outcomes: [").append(String.join(", ", m.outcomes())).append("]\n");
        sb.append("trainedOn: \"").append(m.fingerprint()).append("\"\n");
        sb.append("weights:\n");
        m.weights().forEach((cue, w) -> {
            sb.append("  \"").append(cue).append("\": [");
            for (int i = 0; i < w.length; i++) {
                sb.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", w[i]));
            }
            sb.append("]\n");
        });
        return sb.toString();
    }

    /**
     * Reads a model file.
     *
     * @throws IllegalArgumentException when it is not one, saying what is wrong
     */
    public static LinearModel read(String text, String file) {
        // The weights are thousands of lines in the one shape write() gives them: read those lines
        // directly (a YAML parser costs a fifth of a second at start-up), the few header lines as YAML.
        int at = text.indexOf("\nweights:\n");
        if (at >= 0) {
            Map<String, double[]> ws = weightLines(text, at + "\nweights:\n".length());
            if (ws != null) {
                return read(text.substring(0, at + 1) + "weights: {}\n", file, ws);
            }
        }
        return read(text, file, null);
    }

    /** The weight lines from {@code from} on, or null when one is not in write()'s shape. */
    private static Map<String, double[]> weightLines(String text, int from) {
        Map<String, double[]> out = new LinkedHashMap<>();
        int i = from;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(i, end);
            i = end + 1;
            if (line.isBlank()) {
                continue;
            }
            int close = line.indexOf("\": [");
            if (!line.startsWith("  \"") || close < 0 || !line.endsWith("]")) {
                return null;
            }
            String cue = line.substring(3, close);
            if (cue.indexOf('"') >= 0 || cue.indexOf('\\') >= 0 || out.containsKey(cue)) {
                return null;
            }
            String[] parts = line.substring(close + 4, line.length() - 1).split(",");
            double[] w = new double[parts.length];
            try {
                for (int k = 0; k < parts.length; k++) {
                    w[k] = number(parts[k].strip());
                }
            } catch (NumberFormatException e) {
                return null;
            }
            out.put(cue, w);
        }
        return out;
    }

    /**
     * A weight as write() gives it ({@code -0.1234}: a sign, digits, a point and up to four
     * decimals), read without the general number parser, which is slow before the JIT has run;
     * any other shape goes to {@link Double#parseDouble}.
     */
    static double number(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int point = s.indexOf('.');
        if (point <= i || n - point - 1 < 1 || n - point - 1 > 4 || point - i > 9) {
            return Double.parseDouble(s);
        }
        long value = 0;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (k == point) {
                continue;
            }
            if (c < '0' || c > '9') {
                return Double.parseDouble(s);
            }
            value = value * 10 + (c - '0');
        }
        double scaled = value / SCALE[n - point - 1];
        return i == 1 ? -scaled : scaled;
    }

    private static final double[] SCALE = {1, 10, 100, 1000, 10000};

    @SuppressWarnings("unchecked")
    private static LinearModel read(String text, String file, Map<String, double[]> weightLines) {
        Object root = new Load(LoadSettings.builder().setLabel(file).build()).loadFromString(text);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": not a model file");
        }
        Object name = map.get("model");
        Object outcomes = map.get("outcomes");
        Object weights = map.get("weights");
        Object fingerprint = map.get("trainedOn");
        if (!(name instanceof String) || !(outcomes instanceof List<?>) || !(weights instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(file + ": a model file needs model, outcomes and weights");
        }
        List<String> os = new ArrayList<>();
        for (Object o : (List<Object>) outcomes) {
            os.add(String.valueOf(o));
        }
        Map<String, double[]> ws = new LinkedHashMap<>();
        if (weightLines != null) {
            for (Map.Entry<String, double[]> e : weightLines.entrySet()) {
                if (e.getValue().length != os.size()) {
                    throw new IllegalArgumentException(file + ": cue " + e.getKey() + " needs " + os.size() + " weights");
                }
            }
            ws.putAll(weightLines);
        }
        for (Map.Entry<Object, Object> e : ((Map<Object, Object>) weights).entrySet()) {
            if (!(e.getValue() instanceof List<?> list) || list.size() != os.size()) {
                throw new IllegalArgumentException(file + ": cue " + e.getKey() + " needs " + os.size() + " weights");
            }
            double[] w = new double[os.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = ((Number) list.get(i)).doubleValue();
            }
            ws.put(String.valueOf(e.getKey()), w);
        }
        return new LinearModel((String) name, os, ws, fingerprint == null ? "" : String.valueOf(fingerprint));
    }
}
