/**
 * Finding and reading drafts: walking folders with include and exclude globs and
 * {@code .papagenoignore} files, reading files with their charset and byte-order mark, and the
 * words for failed reads.
 *
 * <p>May use: api, source.
 */
package dev.papageno.core.input;
