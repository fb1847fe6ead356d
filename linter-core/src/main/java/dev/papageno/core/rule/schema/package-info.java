/**
 * The vocabulary of rule files: key specifications (named constants that the loader checks
 * files against and the schema page is generated from), the rule-type contract, the load
 * context that turns cue lists into phrase sets, and the size bound of regular expressions.
 *
 * <p>May use: api, match, method, nlp, resources, rule, topic, yaml.
 */
package dev.papageno.core.rule.schema;
