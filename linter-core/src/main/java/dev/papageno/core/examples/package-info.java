/**
 * The example harness: a rule file's examples are its tests, and
 * {@link dev.papageno.core.examples.ExampleRunner} says what is wrong with each that misbehaves.
 *
 * <p>May use: core (the Linter), api, rule, source.
 */
package dev.papageno.core.examples;
