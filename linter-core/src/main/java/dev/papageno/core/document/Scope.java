package dev.papageno.core.document;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a piece of prose sits in a draft. Rules may limit themselves to some scopes; code, front
 * matter, URLs, HTML tags and comments never reach a rule at all.
 */
public enum Scope {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL,
    IMAGE_ALT,
    BLOCKQUOTE,
    LINK_TEXT,
    REFERENCE;

    /** The spelling used in rule files: lower case with dashes ({@code list-item}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Scope> byId(String id) {
        for (Scope s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
