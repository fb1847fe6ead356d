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
 * @param heading    whether it is a heading or title rather than body text
 * @param strong     per topic, the words that name the topic outright ("suicide", "took his own life")
 * @param weak       per topic, the words that speak of it only in a draft already on it ("hanging", "purging")
 * @param narration  how likely the sentence tells of the topic in personal or news terms, 0 to 1
 * @param why        the cues behind {@code narration}, strongest first
 */
public record TopicSentence(Block block, Sentence sentence, TextRange range, int line, boolean heading,
        Map<Topic, List<String>> strong, Map<Topic, List<String>> weak, double narration,
        List<LinearModel.Contribution> why) {

    /** Whether the sentence counts as telling of a topic rather than discussing it. */
    public boolean narrates() {
        return narration >= 0.5;
    }

    /** The topics the sentence names outright or in weaker words. */
    public Set<Topic> topics() {
        java.util.EnumSet<Topic> out = java.util.EnumSet.noneOf(Topic.class);
        out.addAll(strong.keySet());
        out.addAll(weak.keySet());
        return out;
    }

    /** The words for one topic, outright ones first. */
    public List<String> words(Topic t) {
        List<String> out = new java.util.ArrayList<>(strong.getOrDefault(t, List.of()));
        out.addAll(weak.getOrDefault(t, List.of()));
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
