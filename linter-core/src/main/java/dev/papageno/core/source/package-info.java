/**
 * Decoded source text and positions: offsets in UTF-16 chars of the original file, ranges, and
 * lines and columns computed only when a finding is reported.
 */
package dev.papageno.core.source;
