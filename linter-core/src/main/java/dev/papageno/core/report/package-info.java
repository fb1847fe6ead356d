/**
 * Reporters (text, compact, JSON, SARIF, Checkstyle, JUnit, GitHub, HTML), the terminal-safe
 * mapping of everything meant for people, and the summary counts.
 */
package dev.papageno.core.report;
