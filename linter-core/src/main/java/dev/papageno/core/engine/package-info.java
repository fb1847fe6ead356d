/**
 * Linting one document: running the active rules, reading the context of each match (mentions,
 * quotations, first person, titles), applying control comments and allowed phrases, and turning
 * what is left into findings.
 */
package dev.papageno.core.engine;
