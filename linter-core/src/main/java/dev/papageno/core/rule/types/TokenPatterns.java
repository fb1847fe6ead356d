package dev.papageno.core.rule.types;

import com.google.re2j.Pattern;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.TaggedToken;
import dev.papageno.core.nlp.WordTokens;
import java.util.List;
import java.util.Set;

/** The compiled parts of a {@code pattern} rule: token tests and the patterns made of them. */
final class TokenPatterns {

    private TokenPatterns() {
    }

    /** One compiled token test. */
    record Element(Set<String> forms, String lemma, Set<String> tags, Pattern regex, boolean negate,
            boolean optional, int skip) {

        boolean test(TaggedToken t) {
            boolean ok = (forms == null || forms.contains(t.lower()))
                    && (tags == null || tags.contains(t.pos()))
                    && (regex == null || regex.matches(t.text()));
            return negate != ok;
        }
    }

    /** One token pattern, the word that makes a sentence worth tagging for it, and what its matches report. */
    record TokenPattern(List<Element> elements, PhraseSet anchor, int anchorIndex, int markFirst,
            int markLast, Variant variant) {

        /**
         * The cheap test before tagging: the plain words right before and after the anchor must
         * pass the neighbouring elements' word tests, where those are plain required words.
         */
        boolean neighboursAllow(WordTokens words, PhraseHit a) {
            Element anchorElement = elements.get(anchorIndex);
            if (anchorIndex > 0 && anchorElement.skip() == 0) {
                Element before = elements.get(anchorIndex - 1);
                if (plainWordTest(before)) {
                    int i = a.firstToken() - 1;
                    if (i < 0 || !words.joinedToNextOrSpace(i) || (!hasApostrophe(words, i)
                            && !before.forms().contains(words.word(i)))) {
                        return i >= 0 && hasApostrophe(words, i);
                    }
                }
            }
            if (anchorIndex + 1 < elements.size()) {
                Element after = elements.get(anchorIndex + 1);
                if (after.skip() == 0 && plainWordTest(after)) {
                    int i = a.lastToken() + 1;
                    if (i >= words.size() || !words.joinedToNextOrSpace(i - 1)) {
                        return false;
                    }
                    return hasApostrophe(words, i) || after.forms().contains(words.word(i));
                }
            }
            return true;
        }

        private static boolean plainWordTest(Element e) {
            return e.forms() != null && !e.negate() && !e.optional() && e.tags() == null && e.regex() == null;
        }

        private static boolean hasApostrophe(WordTokens words, int i) {
            String w = words.word(i);
            return w.indexOf('\'') >= 0;
        }
    }
}
