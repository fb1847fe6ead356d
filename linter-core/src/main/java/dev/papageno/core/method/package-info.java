/**
 * Method detail as a learned, explained sentence model: {@link dev.papageno.core.method.MethodCues}
 * turns a sentence into named cues (the means, instrument, substance, amount, body site, place,
 * height, act, finding, obtaining, ease and note cues, and the cues against: warning signs, means
 * safety, help lines, statistics, accidents, rescues, idioms, jokes, treatment), and
 * {@link dev.papageno.core.method.MethodReader} scores every candidate sentence of a draft with the
 * method model, once per document, naming the cues that carried each score. Uses the document
 * model, the phrase index, the lexicons, {@code core.topic} and {@code core.learn}.
 *
 * <p>May use: api, document, learn, match, nlp, rule, source, topic, yaml.
 */
package dev.papageno.core.method;
