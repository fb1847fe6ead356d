package dev.papageno.core.nlp;

/**
 * A token of a sentence from OpenNLP: its text, lower-case form, UD part-of-speech tag, and its
 * position as block-text offsets.
 *
 * @param text  the token as written
 * @param lower lower case, with typographic apostrophes made plain
 * @param pos   Universal Dependencies tag (NOUN, VERB, ADJ, PROPN, ...)
 * @param start first char in block-text offsets
 * @param end   one past the last char in block-text offsets
 */
public record TaggedToken(String text, String lower, String pos, int start, int end) {
}
