/**
 * OpenNLP and the word-level tools around it: sentences, tokens and part-of-speech tags (models
 * loaded once, lazily), a fast word scanner, and the inflector that expands lemmas without a
 * statistical lemmatizer.
 *
 * <p>May use: nothing else in the core.
 */
package dev.papageno.core.nlp;
