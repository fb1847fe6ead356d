package dev.papageno.core.engine;

import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.RuleMatch;
import java.util.Optional;
import java.util.Set;

/**
 * The context the engine reads around a match: whether a term is being talked about rather than
 * used, whether it is quoted, whether the writer speaks of themselves.
 */
final class ContextFilter {

    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i'll", "myself", "me", "im");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "him", "her", "them", "he's",
            "she's", "they're", "he'd", "she'd", "they'd", "his", "hers", "their", "theirs", "himself", "herself",
            "themselves");
    private static final int MENTION_MAX_GAP_WORDS = 3;

    private final Optional<Lexicon> mentionBefore;
    private final Optional<Lexicon> mentionAfter;

    ContextFilter(Optional<Lexicon> mentionBefore, Optional<Lexicon> mentionAfter) {
        this.mentionBefore = mentionBefore;
        this.mentionAfter = mentionAfter;
    }

    /** Whether the match sits in quotation marks or a blockquote. */
    boolean quoted(DocumentContext ctx, RuleMatch m) {
        return m.block().quoteDepth() > 0 || ctx.view(m.block()).inQuotes(m.from(), m.to());
    }

    /**
     * Mention, not use: a cue such as "the phrase" or "avoid saying" shortly before the match (and
     * before its opening quotation mark when it is quoted), or a quoted term followed by a cue such
     * as "is outdated".
     */
    boolean mention(DocumentContext ctx, RuleMatch m) {
        Block block = m.block();
        BlockView v = ctx.view(block);
        Sentence s = v.sentenceAt(m.from());
        WordTokens words = v.words();
        int quote = v.quoteStart(m.from(), m.to());
        int anchor = quote >= 0 ? quote - 1 : m.from();
        if (mentionBefore.isPresent()) {
            for (PhraseHit h : v.hits(mentionBefore.get().phrases())) {
                if (h.start() < s.start() || h.end() > anchor + 1) {
                    continue;
                }
                int gapWords = words.indexAt(anchor) - h.lastToken() - 1;
                if (quote < 0) {
                    gapWords = words.indexAt(m.from()) - h.lastToken() - 1;
                }
                if (gapWords >= 0 && gapWords <= (quote >= 0 ? MENTION_MAX_GAP_WORDS : 0)) {
                    return true;
                }
            }
        }
        if (mentionAfter.isPresent() && quote >= 0) {
            int close = closingQuote(block.text(), m.to());
            for (PhraseHit h : v.hits(mentionAfter.get().phrases())) {
                if (close >= 0 && h.start() > close && h.end() <= s.end()
                        && words.indexAt(h.start()) - words.indexAt(close) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + 200); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == '»') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the writer speaks of themselves in the match's sentence, before the match: the
     * nearest pronoun before it is a first-person one ("I was a cutter", "they called me a
     * cutter"), not a third-person one ("I think she was a cutter").
     */
    boolean firstPerson(DocumentContext ctx, RuleMatch m) {
        BlockView v = ctx.view(m.block());
        Sentence s = v.sentenceAt(m.from());
        WordTokens words = v.words();
        int first = words.indexAt(s.start());
        for (int i = words.indexAt(m.from()) - 1; i >= first && i >= 0; i--) {
            String w = Words.normalize(words.word(i));
            if (FIRST_PERSON.contains(w)) {
                return true;
            }
            if (THIRD_PERSON.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
