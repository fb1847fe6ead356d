/**
 * The generated rule reference ({@code docs/rules.md}), the test that keeps it in step, and the check that
 * the guidelines it cites link to their publishers.
 */
package dev.papageno.rules.reference;
