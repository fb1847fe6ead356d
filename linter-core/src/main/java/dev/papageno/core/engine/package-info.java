/**
 * Linting one parsed draft: running the active rules, reading the context of each match (quotes,
 * mentions, references, first person, titles, reported words, court records), applying control
 * comments and allowed phrases, and turning what is left into findings.
 *
 * <p>May use: api, document, match, nlp, rule, source.
 */
package dev.papageno.core.engine;
