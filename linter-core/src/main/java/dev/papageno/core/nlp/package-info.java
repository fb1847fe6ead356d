/**
 * OpenNLP, loaded once per process and lazily: sentences, tokens, part-of-speech tags and word
 * forms, with offsets into the block they came from.
 */
package dev.papageno.core.nlp;
