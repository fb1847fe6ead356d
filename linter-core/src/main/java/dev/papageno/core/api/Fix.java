package dev.papageno.core.api;

import dev.papageno.core.source.TextRange;

/**
 * An automatic fix: replace the source range with the text.
 *
 * @param range       the source range to replace
 * @param replacement the new text
 */
public record Fix(TextRange range, String replacement) {
}
