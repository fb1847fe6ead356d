/**
 * "Did you mean": the edit distance between two names, and the known name (a rule id, a category,
 * a key, a format) closest to one that was mistyped.
 *
 * <p>May use: nothing else in the core.
 */
package dev.papageno.core.spelling;
