package dev.papageno.rules.accuracy;

import dev.papageno.core.source.TextRange;

/**
 * A place in a draft that must stay quiet ("paper cutter", "the phrase 'committed suicide'"). Traps
 * are documentation: any finding on them is a false positive anyway, and the report names the trap
 * so that rule authors see why.
 *
 * @param range where the words are
 * @param text  the words
 * @param note  why they are not a finding; may be empty
 */
public record Trap(TextRange range, String text, String note) {
}
