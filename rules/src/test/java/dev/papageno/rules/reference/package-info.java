/**
 * The generated rule reference ({@code docs/rules.md}) and the test that keeps it in step.
 */
package dev.papageno.rules.reference;
