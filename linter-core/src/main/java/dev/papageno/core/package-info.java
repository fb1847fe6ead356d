/**
 * The engine's public face: {@link dev.papageno.core.Linter} and its builder, findings, results,
 * severities and the fail policy that every front end shares. No picocli, no Maven API, no
 * standard streams: front ends map options to a builder and results to exit codes.
 */
package dev.papageno.core;
