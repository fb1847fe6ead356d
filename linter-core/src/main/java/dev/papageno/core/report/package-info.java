/**
 * The report formats (text, compact, JSON, SARIF, Checkstyle, JUnit, GitHub, HTML), each a
 * {@link dev.papageno.core.report.Reporter} over a {@link dev.papageno.core.api.LintResult}; JSON and
 * SARIF are records written with Jackson, markup goes through one escaper. {@link
 * dev.papageno.core.report.DraftView} is a checked draft as a reader sees it (laid out by
 * {@code DraftLayout}), shown by the HTML report and, through the server, by the review page;
 * {@link dev.papageno.core.report.Verdict} is the one line both open with.
 *
 * <p>May use: api, rule, source.
 */
package dev.papageno.core.report;
