/**
 * Automatic fixes: choosing the edits of fixable findings, applying them in as many passes as
 * needed, showing them as a unified diff, and writing files back atomically with their charset,
 * byte-order mark and line endings unchanged.
 *
 * <p>May use: core (the Linter), api, document, input, source.
 */
package dev.papageno.core.fix;
