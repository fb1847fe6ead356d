package dev.papageno.core.source;

/**
 * A position for people: line and column, both starting at 1; the column counts UTF-16 chars.
 *
 * @param line   1-based line number
 * @param column 1-based column, in UTF-16 chars from the start of the line
 */
public record LineCol(int line, int column) {
}
