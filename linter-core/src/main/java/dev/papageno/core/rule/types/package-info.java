/**
 * The closed set of rule types (phrase, pattern, proximity, combination, document, crisis
 * resources), each compiled from its rule file into a {@link dev.papageno.core.rule.Rule}.
 */
package dev.papageno.core.rule.types;
