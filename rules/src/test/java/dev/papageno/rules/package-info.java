/**
 * Tests of the built-in rule packs: every rule's examples, the schema and the profiles.
 */
package dev.papageno.rules;
