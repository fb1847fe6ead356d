/**
 * Loading rule sets: the built-in packs from the classpath and the user's rule folders,
 * lexicons, sources, profiles and region data; every rule file checked against its type's schema
 * (the registry of types and the generated schema page live here).
 *
 * <p>May use: api, document, input, learn, match, method, resources, rule, rule.schema, rule.types, source, topic, yaml.
 */
package dev.papageno.core.rule.load;
