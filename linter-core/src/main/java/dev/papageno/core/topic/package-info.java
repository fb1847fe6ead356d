/**
 * What a draft is about, and what it tells of: {@link dev.papageno.core.topic.TopicReader} reads a
 * parsed document once and answers, for suicide, self-harm and eating disorders, whether the draft
 * is <em>about</em> the topic (its body speaks of it, in any words) and whether it <em>tells of</em>
 * it in personal or news terms (a death, an attempt, self-harm, an illness lived through) rather
 * than discussing it in general. Every answer carries the sentences and cues behind it. Uses the
 * document model, the phrase index, the lexicons and {@code core.learn}; knows nothing of rule
 * types or reports.
 *
 * <p>May use: api, document, learn, match, nlp, resources, rule, source, yaml.
 */
package dev.papageno.core.topic;
