package dev.papageno.core.document;

/**
 * A range of a block's text with inline markup: a link's text, or emphasis.
 *
 * @param kind  what the markup is
 * @param start first char, in block-text offsets
 * @param end   one past the last char, in block-text offsets
 */
public record InlineSpan(Kind kind, int start, int end) {

    /** Inline markup that matters to rules. */
    public enum Kind {
        LINK,
        EMPHASIS,
        STRONG
    }

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }
}
