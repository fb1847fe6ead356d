package dev.papageno.rules.topic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The topic reader's report on a labelled set of drafts ({@code training/topic} or
 * {@code heldout/topic}). Not part of the normal run; {@code scripts/accuracy topic} selects it.
 */
class TopicRun {

    @Test
    void printReport() throws Exception {
        String set = System.getProperty("papageno.topic.set", "training/topic");
        boolean verbose = Boolean.getBoolean("papageno.accuracy.verbose");
        TopicEvaluation e = TopicEvaluation.of(TopicDrafts.load(Path.of("src", "test", "resources").resolve(set)),
                Readers.topicReader(true));
        String text = "Topic reader on " + set + ":\n" + e.report(verbose);
        Path out = Path.of("target", "accuracy", "topic.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
