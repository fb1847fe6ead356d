package dev.papageno.core.rule;

import java.util.List;
import java.util.Map;

/**
 * Why a draft counts as being about a topic: the body sentences that speak of it and the words
 * that did. Headings, titles and reference sections do not count.
 *
 * @param topic         the topic (a lexicon name)
 * @param sentenceCount body sentences that speak of it
 * @param termCounts    the words found, lower case, with how often, most frequent first
 * @param firstOffset   source offset of the first such sentence, or -1
 * @param firstBlock    index of the block holding the first such sentence, or -1
 */
public record TopicAnalysis(String topic, int sentenceCount, Map<String, Integer> termCounts, int firstOffset,
        int firstBlock) {

    /** "suicide (4), self-harm (2)". */
    public String describeTerms(int max) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Integer> e : termCounts.entrySet()) {
            if (i++ == max) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('“').append(e.getKey()).append("” ×").append(e.getValue());
        }
        return sb.toString();
    }

    static Map<String, Integer> sortByCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
