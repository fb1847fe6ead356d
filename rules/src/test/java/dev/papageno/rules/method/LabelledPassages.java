package dev.papageno.rules.method;

import dev.papageno.core.source.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Passages labelled sentence by sentence (JSON Lines: {@code doc}, {@code register}, {@code text},
 * {@code method}, {@code kind}, {@code span}, {@code heading}, {@code trap}), and the Markdown draft
 * each passage makes: headings as headings, list registers as list items, the other rows as
 * paragraphs of up to four sentences. Each row keeps the place it has in its draft.
 */
public final class LabelledPassages {

    /** One labelled sentence, placed in its passage's draft. */
    public record Row(String doc, String register, String text, boolean method, String kind, String span,
            boolean heading, String trap, int start, int end) {

        /** The outcome the method model should give: its kind, or {@code none}. */
        public String outcome() {
            return method ? kind : "none";
        }

        /** Whether the row shares some of the draft with {@code range}. */
        public boolean overlaps(TextRange range) {
            return range.start() < end && start < range.end();
        }
    }

    /** A passage: its draft and its rows. */
    public record Passage(String doc, String register, String markdown, List<Row> rows) {
    }

    private static final int SENTENCES_PER_PARAGRAPH = 4;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…:;][\"'”’)\\]]*$");

    private LabelledPassages() {
    }

    /** The passages of every {@code .jsonl} file of a folder, in file and row order. */
    public static List<Passage> load(Path dir) throws IOException {
        return load(dir, false);
    }

    /**
     * The passages of a folder laid out as their writers would have them: a line without a full stop
     * ("made it to morning") stands on its own, not run into the next sentence. For the held-out
     * passages; the training passages keep their layout, which the committed model was trained on.
     */
    public static List<Passage> asWritten(Path dir) throws IOException {
        return load(dir, true);
    }

    @SuppressWarnings("unchecked")
    private static List<Passage> load(Path dir, boolean linesAlone) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        Map<String, List<Map<String, Object>>> byDoc = new LinkedHashMap<>();
        Load load = new Load(LoadSettings.builder().build());
        for (Path f : files) {
            int n = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> row;
                try {
                    row = (Map<String, Object>) load.loadFromString(line);
                } catch (RuntimeException e) {
                    throw new IOException(f + ":" + n + ": not a JSON object: " + e.getMessage(), e);
                }
                byDoc.computeIfAbsent((String) row.get("doc"), k -> new ArrayList<>()).add(row);
            }
        }
        List<Passage> out = new ArrayList<>();
        byDoc.forEach((doc, rows) -> out.add(passage(doc, rows, linesAlone)));
        return out;
    }

    private static Passage passage(String doc, List<Map<String, Object>> rows, boolean linesAlone) {
        StringBuilder md = new StringBuilder();
        List<Row> out = new ArrayList<>();
        String register = (String) rows.get(0).get("register");
        boolean list = register.equals("warning-signs");
        int inParagraph = 0;
        for (Map<String, Object> r : rows) {
            String text = ((String) r.get("text")).strip();
            boolean heading = Boolean.TRUE.equals(r.get("heading"));
            String prefix;
            if (heading) {
                if (md.length() > 0) {
                    md.append("\n\n");
                }
                prefix = "# ";
                inParagraph = 0;
            } else if (list) {
                if (md.length() > 0) {
                    md.append(inParagraph > 0 ? "\n" : "\n\n");
                }
                prefix = "- ";
                inParagraph++;
            } else if (inParagraph == 0 || inParagraph == SENTENCES_PER_PARAGRAPH) {
                if (md.length() > 0) {
                    md.append("\n\n");
                }
                prefix = "";
                inParagraph = 1;
            } else {
                md.append(' ');
                prefix = "";
                inParagraph++;
            }
            md.append(prefix);
            int start = md.length();
            md.append(text);
            if (heading || (linesAlone && !ENDS_SENTENCE.matcher(text).find())) {
                // A line without a full stop ("made it to morning") stands on its own, as in a post.
                inParagraph = 0;
            }
            out.add(new Row(doc, register, text, Boolean.TRUE.equals(r.get("method")), (String) r.get("kind"),
                    (String) r.get("span"), heading, (String) r.get("trap"), start, md.length()));
        }
        md.append('\n');
        return new Passage(doc, register, md.toString(), List.copyOf(out));
    }
}
