/**
 * Accuracy of the built-in rules on fixture drafts with known answers: precision and recall per
 * category, rule and draft.
 */
package dev.papageno.rules.accuracy;
