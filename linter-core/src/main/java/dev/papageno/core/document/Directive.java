package dev.papageno.core.document;

import dev.papageno.core.source.TextRange;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An inline control comment in a draft: {@code <!-- papageno-disable rule-id -->},
 * {@code <!-- papageno-enable rule-id -->} or {@code <!-- papageno-disable-next-line rule-id -->}.
 * With no rule ids it applies to every rule.
 *
 * @param kind    what it asks for
 * @param ruleIds the rules it names; empty for all rules
 * @param range   where the comment is
 */
public record Directive(Kind kind, Set<String> ruleIds, TextRange range) {

    /** The three control comments. */
    public enum Kind {
        DISABLE("papageno-disable"),
        ENABLE("papageno-enable"),
        DISABLE_NEXT_LINE("papageno-disable-next-line");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** Whether this directive covers a rule id (or a whole category, as in {@code stigma}). */
    public boolean covers(String ruleId) {
        if (ruleIds.isEmpty()) {
            return true;
        }
        if (ruleIds.contains(ruleId)) {
            return true;
        }
        int slash = ruleId.indexOf('/');
        return slash > 0 && ruleIds.contains(ruleId.substring(0, slash));
    }

    /**
     * Reads the body of a comment ({@code papageno-disable stigma/cutter}); empty if the comment is
     * not a Papageno directive.
     */
    public static Optional<Directive> parse(String commentBody, TextRange range) {
        String body = commentBody.strip();
        String lower = body.toLowerCase(Locale.ROOT);
        Kind kind = null;
        // Longest keyword first: disable-next-line starts with disable.
        if (lower.startsWith(Kind.DISABLE_NEXT_LINE.keyword)) {
            kind = Kind.DISABLE_NEXT_LINE;
        } else if (lower.startsWith(Kind.DISABLE.keyword)) {
            kind = Kind.DISABLE;
        } else if (lower.startsWith(Kind.ENABLE.keyword)) {
            kind = Kind.ENABLE;
        }
        if (kind == null) {
            return Optional.empty();
        }
        String rest = body.substring(kind.keyword.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty();
        }
        Set<String> ids = new java.util.TreeSet<>();
        for (String part : rest.strip().split("[\\s,]+")) {
            if (!part.isEmpty()) {
                ids.add(part);
            }
        }
        return Optional.of(new Directive(kind, Set.copyOf(ids), range));
    }
}
