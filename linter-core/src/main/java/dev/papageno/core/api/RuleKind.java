package dev.papageno.core.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The type of a rule, as its file's {@code type:} names it. Reporters and {@code explain} read what
 * a rule's findings are from it: a document-level rule reports where text should be added (a
 * missing content note), so its suggestions are what to add and {@code --fix} never applies them.
 */
public enum RuleKind {
    PHRASE,
    PATTERN,
    COMBINATION,
    DOCUMENT,
    CRISIS_RESOURCES,
    METHOD,
    DIRECTIVE;

    /** The word in rule files: {@code phrase}, ..., {@code crisis-resources}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RuleKind> byId(String id) {
        for (RuleKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Whether the rule judges the draft as a whole: its findings mark a place, and say what to add there. */
    public boolean isDocumentLevel() {
        return this == DOCUMENT;
    }
}
