/**
 * The command line ({@code papageno check}, {@code rules}, {@code explain}, {@code init},
 * {@code completion}) with picocli: options mapped to a {@link dev.papageno.core.LintRequest} and
 * the linter's settings, the result mapped to a report and an exit code. No linting of its own.
 *
 * <p>May use: the core's public API.
 */
package dev.papageno.cli;
