/**
 * The keyword pass: phrase sets (words and lemmas, expanded to their inflections when rules load)
 * and the Aho–Corasick index that finds them all in one scan of a block.
 *
 * <p>May use: nlp.
 */
package dev.papageno.core.match;
