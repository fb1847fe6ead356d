/**
 * The method-detail rules on labelled passages and whole drafts.
 */
package dev.papageno.rules.method;
