package dev.papageno.core.fix;

import dev.papageno.core.source.TextRange;

/**
 * One replacement in a source.
 *
 * @param range       the chars to replace, as offsets into the decoded text
 * @param replacement the new text
 * @param rule        the rule whose finding this fixes
 */
public record Edit(TextRange range, String replacement, String rule) {
}
