package dev.papageno.core.topic;

import java.util.Locale;
import java.util.Optional;

/** The topics whose drafts need care: suicide, self-harm and eating disorders. */
public enum Topic {
    SUICIDE("suicide", "suicide"),
    SELF_HARM("self-harm", "self-harm"),
    EATING_DISORDER("eating-disorder", "eating disorders");

    private final String id;
    private final String words;

    Topic(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The id rule files and lexicons use: {@code suicide}, {@code self-harm}, {@code eating-disorder}. */
    public String id() {
        return id;
    }

    /** How a sentence names it: "suicide", "self-harm", "eating disorders". */
    public String words() {
        return words;
    }

    public static Optional<Topic> byId(String id) {
        for (Topic t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
