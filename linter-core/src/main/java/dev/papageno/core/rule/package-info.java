/**
 * What every rule shares: the {@link dev.papageno.core.rule.Rule} interface, its
 * {@link dev.papageno.core.rule.RuleSpec}, matches, examples, profiles, the loaded
 * {@link dev.papageno.core.rule.RuleSet}, and the per-document analysis rules read
 * ({@link dev.papageno.core.rule.DocumentContext}: block views, topics, options, memoised values).
 *
 * <p>May use: api, document, match, nlp, resources, source.
 */
package dev.papageno.core.rule;
