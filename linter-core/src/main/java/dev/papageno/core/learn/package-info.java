/**
 * Learned, explained scoring: {@link dev.papageno.core.learn.LinearModel} (a multinomial
 * logistic model over named cues, read from a model file, that says which cues carried a
 * decision) and {@link dev.papageno.core.learn.ModelTrainer} (trains one with OpenNLP's
 * maximum-entropy trainer, deterministically, and writes the model file). Uses the YAML reader of
 * {@code core.yaml}; knows nothing of rules or documents.
 *
 * <p>May use: nothing else in the core.
 */
package dev.papageno.core.learn;
