package dev.papageno.rules.topic;

import dev.papageno.core.learn.Cues;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.learn.ModelTrainer;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.topic.TopicSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the narration model from labelled drafts. Every sentence the topic reader finds speaking
 * of a topic the draft is about becomes an example: "narrates" when the draft tells of that topic,
 * "discusses" when it only discusses it.
 */
public final class NarrationTraining {

    /** The labelled drafts the model learns from, relative to the rules module. */
    public static final Path DATA = Path.of("src", "test", "resources", "training", "topic");
    /** Where the model file goes, relative to the rules module. */
    public static final Path MODEL = Path.of("src", "main", "resources", "papageno", "models", "narration.yaml");
    static final List<String> OUTCOMES = List.of("discusses", "narrates");
    static final int ITERATIONS = 300;
    static final double L2 = 1.0;

    private NarrationTraining() {
    }

    /** The training examples of the drafts, in draft and sentence order. */
    public static List<ModelTrainer.Example> examples(List<TopicDrafts.Draft> drafts) {
        TopicReader reader = Readers.topicReader(false);
        List<ModelTrainer.Example> out = new ArrayList<>();
        for (TopicDrafts.Draft d : drafts) {
            DocumentContext ctx = Readers.context(d.id() + ".md", d.text());
            for (Map.Entry<TopicSentence, Cues> e : reader.narrationCues(ctx)) {
                TopicSentence s = e.getKey();
                if (s.heading()) {
                    continue;
                }
                boolean about = false;
                boolean tells = false;
                for (Topic t : s.topics()) {
                    if (s.speaksOf(t)) {
                        about |= d.about().get(t);
                        tells |= d.tellsOf().get(t);
                    }
                }
                // In a draft that tells of the topic, only a sentence about someone is taken for its story;
                // its general sentences ("Self-harm is common") are left out rather than called narration.
                if (about && (!tells || aboutSomeone(e.getValue()))) {
                    out.add(new ModelTrainer.Example(tells ? "narrates" : "discusses", e.getValue()));
                }
            }
        }
        return out;
    }

    private static final List<String> SOMEONE = List.of("first-person", "third-person", "name", "person", "event",
            "death", "past");

    private static boolean aboutSomeone(Cues c) {
        return SOMEONE.stream().anyMatch(c::has);
    }

        /** Trains the model on the committed drafts. */
    public static LinearModel train() throws IOException {
        return new ModelTrainer(ITERATIONS, L2).train("narration", OUTCOMES, examples(TopicDrafts.load(DATA)));
    }

    /** The comment at the top of the model file. */
    public static String comment(int examples) {
        return "The narration model of the topic reader: whether a sentence that speaks of suicide, self-harm\n"
                + "or an eating disorder tells of it in personal or news terms (narrates) or discusses it.\n"
                + "Learned from " + examples + " sentences of the labelled drafts in rules/src/test/resources/training/topic.\n"
                + "Made by scripts/train-models; do not edit by hand (ModelsAreFreshTest fails when it is stale).";
    }
}
