package dev.papageno.core.topic;

import java.util.List;
import java.util.Optional;

/**
 * What a draft is, for one topic.
 *
 * @param topic     the topic
 * @param about     whether the draft is about it: two body sentences speak of it, or a heading names it and a
 *                  body sentence goes on about it (or a draft of one or two sentences speaks of it)
 * @param tellsOf   whether it tells of it in personal or news terms, not only in general ones
 * @param speaking  the body sentences that speak of it, in order
 * @param narrating those of them that tell of it
 * @param heading   the heading or title that names it, if one does
 */
public record TopicVerdict(Topic topic, boolean about, boolean tellsOf, List<TopicSentence> speaking,
        List<TopicSentence> narrating, Optional<TopicSentence> heading) {

    /** How strongly the draft is about the topic: the body sentences that speak of it. */
    public int aboutScore() {
        return speaking.size();
    }

    /** How strongly it tells of the topic: the sentences that do. */
    public int tellsOfScore() {
        return narrating.size();
    }

    /** The first sentence (body or heading) that speaks of the topic. */
    public Optional<TopicSentence> first() {
        TopicSentence s = speaking.isEmpty() ? null : speaking.get(0);
        if (heading.isPresent() && (s == null || heading.get().range().start() < s.range().start())) {
            return heading;
        }
        return Optional.ofNullable(s);
    }

    /** The words that counted, with how often: "“suicide” ×2, “took his own life” ×1". */
    public String describeWords(int max) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (TopicSentence s : speaking) {
            for (String w : s.words(topic)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (var e : counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).toList()) {
            if (i++ == max) {
                sb.append(", …");
                break;
            }
            sb.append(sb.length() > 0 ? ", " : "").append('“').append(e.getKey()).append("” ×").append(e.getValue());
        }
        return sb.toString();
    }

    /** The sentences that tell of it, quoted with their lines: "“…” (line 4), “…” (line 7)". */
    public String describeNarration(int max, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < narrating.size() && i < max; i++) {
            TopicSentence s = narrating.get(i);
            sb.append(i > 0 ? ", " : "").append('“').append(s.excerpt(chars)).append("” (line ").append(s.line())
                    .append(')');
        }
        return sb.toString();
    }
}
