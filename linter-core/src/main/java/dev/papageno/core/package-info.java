/**
 * The core's entry point: {@link dev.papageno.core.Linter} (configured once, thread-safe) and
 * {@link dev.papageno.core.LintRequest}, what to lint; a {@link dev.papageno.core.api.LintResult}
 * comes back. Also the spelling help for mistyped names that every front end shares.
 *
 * <p>May use: api, config, engine, input, rule, rule.load, source, spelling.
 */
package dev.papageno.core;
