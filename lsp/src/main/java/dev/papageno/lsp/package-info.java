/**
 * {@code papageno lsp}: a language server over standard input and output, built on Eclipse LSP4J.
 * It lints Markdown, HTML and plain-text documents as the editor holds them with the same rules,
 * config and results as {@code papageno check}, and offers quick fixes, explanations on hover, a
 * way to silence a finding for one line or a whole project, and a fix-all. Nothing in the core
 * knows about it.
 *
 * <p>May use: the core's public API ({@link dev.papageno.core.Linter} and
 * {@link dev.papageno.core.LintRequest}, {@code core.api}, {@code core.config},
 * {@code core.source}, {@code core.document} and {@code core.fix}), LSP4J, Gson and SnakeYAML
 * Engine.
 */
package dev.papageno.lsp;
