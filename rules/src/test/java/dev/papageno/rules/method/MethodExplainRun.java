package dev.papageno.rules.method;

import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelFile;
import dev.papageno.core.method.MethodConfig;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.rules.topic.Readers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the method reader reads the drafts named in {@code papageno.method.files} (paths separated by
 * commas): each candidate sentence with whether it stands outside the topic, the model's score and
 * most likely kind, and the cues that weighed most for that kind against none. Not part of the
 * normal run; {@code scripts/accuracy method-explain FILE...} selects it.
 */
class MethodExplainRun {

    @Test
    void printCandidates() throws Exception {
        String config = Readers.resource("method-cues.yaml");
        String file = MethodConfig.modelFile(config, "method-cues.yaml");
        LinearModel model = ModelFile.read(Readers.resource(file), file);
        MethodReader reader = Readers.methodReader(true);
        int none = model.outcome(MethodReader.NONE);
        StringBuilder out = new StringBuilder();
        for (String name : System.getProperty("papageno.method.files", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Path path = Path.of(name);
            DocumentContext doc = Readers.context(path.getFileName().toString(),
                    Files.readString(path, StandardCharsets.UTF_8));
            out.append("== ").append(path).append('\n');
            for (MethodReader.Candidate c : reader.candidates(doc)) {
                double[] p = model.probabilities(c.cues());
                String kind = MethodReader.likeliestKind(model, p);
                List<LinearModel.Contribution> all = model.contributions(c.cues(), kind, MethodReader.NONE);
                String why = all.stream().limit(6).map(LinearModel.Contribution::toString)
                        .collect(Collectors.joining(", "));
                String against = all.subList(Math.min(all.size(), Math.max(6, all.size() - 3)), all.size()).stream()
                        .filter(con -> con.weight() < 0).map(LinearModel.Contribution::toString)
                        .collect(Collectors.joining(", "));
                String text = c.block().text().substring(c.sentence().start(), c.sentence().end());
                if (text.length() > 110) {
                    text = text.substring(0, 110) + "…";
                }
                out.append(String.format(Locale.ROOT, "  line %d %s%.2f %s [%s | %s] %s%n", doc.document().source()
                        .lineCol(c.block().toSource(c.sentence().start(), c.sentence().end()).start()).line(),
                        c.bare() ? "OFF-BARE " : c.offTopic() ? "OFF " : "", 1 - p[none], kind, why, against,
                        text.replace('\n', ' ')));
            }
        }
        Path report = Path.of("target", "accuracy", "method-explain.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
