/**
 * Rules as loaded: their specification, examples (which are their tests), profiles, lexicons,
 * and the document context a rule reads while it checks a draft.
 */
package dev.papageno.core.rule;
