/**
 * The decoded text of a draft: its characters, line index, charset and byte-order mark; offsets,
 * ranges and line/column positions.
 *
 * <p>May use: nothing else in the core.
 */
package dev.papageno.core.source;
