/**
 * The rule types, each a schema and a compiled matcher: phrase, pattern, combination, document,
 * crisis-resources, method and directive (control comments that name no rule), with what they share (the trigger and context loop, conditions, variants,
 * suggestions, the topic gate, the help-line scanner).
 *
 * <p>May use: api, document, match, nlp, method, resources, rule, rule.schema, source, spelling, topic, yaml.
 */
package dev.papageno.core.rule.types;
