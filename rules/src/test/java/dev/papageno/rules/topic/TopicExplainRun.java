package dev.papageno.rules.topic;

import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.topic.TopicSentence;
import dev.papageno.core.topic.TopicVerdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the topic reader reads the drafts named in {@code papageno.topic.files} (paths separated by
 * commas): per topic, about and tells of, and each sentence that speaks of it with its narration
 * score and strongest cues. Not part of the normal run; {@code scripts/accuracy topic-explain FILE...}
 * selects it.
 */
class TopicExplainRun {

    @Test
    void printReadings() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String name : System.getProperty("papageno.topic.files", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name);
            DocumentContext doc = Readers.context(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            TopicReading reading = Readers.topicReader(true).read(doc);
            out.append("== ").append(file).append('\n');
            for (Topic t : Topic.values()) {
                TopicVerdict v = reading.verdict(t);
                if (v.speaking().isEmpty()) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%s: about %s, tells of %s%n", t.id(), v.about(), v.tellsOf()));
            }
            for (TopicSentence s : reading.sentences()) {
                String why = s.why().stream().limit(4)
                        .map(c -> String.format(Locale.ROOT, "%s %+.2f", c.cue(), c.weight()))
                        .collect(Collectors.joining(", "));
                out.append(String.format(Locale.ROOT, "  line %d %s%s %.2f names %s hints %s story %s [%s] %s%n", s.line(),
                        s.heading() ? "H" : "", s.helpLine() ? "help" : "", s.narration(), s.strong(), s.hints(),
                        s.story().keySet(), why, s.excerpt(110)));
            }
        }
        Path report = Path.of("target", "accuracy", "topic-explain.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
