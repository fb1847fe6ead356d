/**
 * The report formats (text, compact, JSON, SARIF, Checkstyle, JUnit, GitHub, HTML), each a
 * {@link dev.papageno.core.report.Reporter} over a {@link dev.papageno.core.api.LintResult}; JSON and
 * SARIF are records written with Jackson, markup goes through one escaper.
 *
 * <p>May use: api, rule, source.
 */
package dev.papageno.core.report;
