package dev.papageno.core.rule;

import dev.papageno.core.match.PhraseSet;

/**
 * A named list of words and phrases that rules share: the words that make a sentence "about
 * suicide", the cues of a content note, and the like.
 *
 * @param name        the name rule files use ({@code suicide}, {@code self-harm})
 * @param description what the list is for
 * @param phrases     the compiled words and phrases
 */
public record Lexicon(String name, String description, PhraseSet phrases) {
}
