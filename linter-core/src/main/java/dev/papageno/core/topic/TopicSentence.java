package dev.papageno.core.topic;

import dev.papageno.core.document.Block;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence of the draft that speaks of one or more topics.
 *
 * @param block      the block that holds it
 * @param sentence   the sentence, in block offsets
 * @param range      the sentence, in source offsets
 * @param line       its line (from 1)
 * @param heading    whether it is a heading, a title or an opening content note rather than body text
 * @param helpLine   whether it gives a help line (such a sentence never tells of the topic)
 * @param strong     per topic, the words that name the topic outright ("suicide", "took his own life")
 * @param hints      per topic, the words that speak of it in a draft already on it ("hanging", "purging")
 * @param story      per topic, the words that carry on its story in a draft already on it ("the funeral")
 * @param narration  how likely the sentence tells of the topic in personal or news terms, 0 to 1
 * @param why        the cues behind {@code narration}, strongest first
 */
public record TopicSentence(Block block, Sentence sentence, TextRange range, int line, boolean heading, boolean helpLine,
        Map<Topic, List<String>> strong, Map<Topic, List<String>> hints, Map<Topic, List<String>> story,
        double narration,
        List<LinearModel.Contribution> why) {

    /** Whether the sentence counts as telling of a topic rather than discussing it. */
    public boolean narrates() {
        return !helpLine && narration >= 0.5;
    }

    /**
     * Whether the sentence says that a suicide, an attempt, self-harm or an illness happened to someone
     * (the narration model's {@code event} cue: "took his own life", "tried to kill herself").
     */
    public boolean tellsOfAnEvent() {
        return why.stream().anyMatch(c -> c.cue().equals("event") || c.cue().endsWith("+event"));
    }

    /** Whether the sentence speaks of a topic itself (outright or by a hint), not only by carrying on its story. */
    public boolean speaksOf(Topic t) {
        return strong.containsKey(t) || hints.containsKey(t);
    }

    /** The topics the sentence names outright or in weaker words. */
    public Set<Topic> topics() {
        java.util.EnumSet<Topic> out = java.util.EnumSet.noneOf(Topic.class);
        out.addAll(strong.keySet());
        out.addAll(hints.keySet());
        out.addAll(story.keySet());
        return out;
    }

    /** The words for one topic, outright ones first. */
    public List<String> words(Topic t) {
        List<String> out = new java.util.ArrayList<>(strong.getOrDefault(t, List.of()));
        out.addAll(hints.getOrDefault(t, List.of()));
        out.addAll(story.getOrDefault(t, List.of()));
        return out;
    }

    /** The sentence's text, cut to about {@code max} chars at a word boundary. */
    public String excerpt(int max) {
        String s = block.text().substring(sentence.start(), sentence.end()).strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
