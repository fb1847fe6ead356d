package dev.papageno.core.topic;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one draft is about and what it tells of, for every topic. Computed once per document. */
public final class TopicReading {

    private final Map<Topic, TopicVerdict> verdicts;
    private final List<TopicSentence> sentences;

    TopicReading(Map<Topic, TopicVerdict> verdicts, List<TopicSentence> sentences) {
        this.verdicts = new EnumMap<>(verdicts);
        this.sentences = List.copyOf(sentences);
    }

    public TopicVerdict verdict(Topic t) {
        return verdicts.get(t);
    }

    public boolean about(Topic t) {
        return verdicts.get(t).about();
    }

    public boolean tellsOf(Topic t) {
        return verdicts.get(t).tellsOf();
    }

    /** Whether the draft is about any of these topics. */
    public boolean aboutAny(Collection<Topic> topics) {
        return topics.stream().anyMatch(this::about);
    }

    /** Whether the draft tells of any of these topics. */
    public boolean tellsOfAny(Collection<Topic> topics) {
        return topics.stream().anyMatch(this::tellsOf);
    }

    /** Every sentence (body or heading) that speaks of some topic, in text order. */
    public List<TopicSentence> sentences() {
        return sentences;
    }

    /** The first body sentence that speaks of one of these topics. */
    public Optional<TopicSentence> firstBodySentence(Collection<Topic> topics) {
        return sentences.stream().filter(s -> !s.heading() && topics.stream().anyMatch(t -> speaks(s, t)))
                .findFirst();
    }

    private boolean speaks(TopicSentence s, Topic t) {
        return verdicts.get(t).speaking().contains(s);
    }
}
