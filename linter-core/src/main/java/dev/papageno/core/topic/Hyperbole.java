package dev.papageno.core.topic;

import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.rule.BlockView;
import java.util.ArrayList;
import java.util.List;

/**
 * Jokes about a topic told as hyperbole: "this spreadsheet has me ready to throw myself off the
 * building". A sentence jokes when a word of an everyday annoyance ({@code near}: the spreadsheet,
 * Mondays, the printer) stands in it, every topic word in it lies inside a hyperbole phrase
 * ({@code words}), and no word of real distress ({@code unless}: "hopeless", "therapist") does.
 *
 * @param words  hyperbole phrases ("throw myself off", "kill myself", "kms")
 * @param near   words of everyday annoyances
 * @param unless words that show the sentence may be a real disclosure
 */
public record Hyperbole(List<PhraseSet> words, List<PhraseSet> near, List<PhraseSet> unless) {

    /** No hyperbole: no sentence jokes this way. */
    public static final Hyperbole NONE = new Hyperbole(List.of(), List.of(), List.of());

    public Hyperbole {
        words = List.copyOf(words);
        near = List.copyOf(near);
        unless = List.copyOf(unless);
    }

    /** Every phrase set it looks for. */
    List<PhraseSet> all() {
        List<PhraseSet> out = new ArrayList<>(words);
        out.addAll(near);
        out.addAll(unless);
        return out;
    }

    /** Whether the sentence jokes about the topic whose words are {@code topicWords}. */
    boolean jokes(BlockView v, Sentence s, List<PhraseSet> topicWords) {
        if (words.isEmpty() || !any(v, s, near) || any(v, s, unless)) {
            return false;
        }
        boolean some = false;
        for (PhraseSet set : topicWords) {
            for (PhraseHit h : v.hitsStartingIn(set, s.start(), s.end())) {
                if (!covered(v, h)) {
                    return false;
                }
                some = true;
            }
        }
        return some;
    }

    private boolean covered(BlockView v, PhraseHit h) {
        for (PhraseSet set : words) {
            for (PhraseHit w : v.hitsOverlapping(set, h.start(), h.end())) {
                if (w.start() <= h.start() && w.end() >= h.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean any(BlockView v, Sentence s, List<PhraseSet> sets) {
        for (PhraseSet set : sets) {
            if (!v.hitsWithin(set, s.start(), s.end()).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
