package dev.papageno.core.source;

import java.util.Locale;
import java.util.Optional;

/** The markup of a draft, chosen by file extension unless the user overrides it. */
public enum InputFormat {
    MARKDOWN("markdown", ".md", ".markdown", ".mdx"),
    HTML("html", ".html", ".htm"),
    TEXT("text", ".txt");

    private final String id;
    private final String[] extensions;

    InputFormat(String id, String... extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name used in options and rule examples: {@code markdown}, {@code html}, {@code text}. */
    public String id() {
        return id;
    }

    /** Format for a file name; anything unknown is plain text. */
    public static InputFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.endsWith(ext)) {
                    return f;
                }
            }
        }
        return TEXT;
    }

    /** Whether a file name has one of the extensions that directory walks pick up. */
    public static boolean isDraftFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.endsWith(ext)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static Optional<InputFormat> byId(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.id.equals(lower) || (f == MARKDOWN && lower.equals("md")) || (f == TEXT && lower.equals("txt"))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
