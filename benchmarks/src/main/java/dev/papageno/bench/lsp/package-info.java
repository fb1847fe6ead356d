/**
 * A benchmark of {@code papageno lsp} as an editor meets it: the real launcher started as a
 * separate process, spoken to over its standard input and output with an LSP4J client. It times
 * the diagnostics of an edit, the first diagnostics of a cold process, and reads the server's
 * resident memory with many drafts open.
 *
 * <p>May use: LSP4J and the JDK; nothing of the server's own classes (it is measured from outside).
 */
package dev.papageno.bench.lsp;
