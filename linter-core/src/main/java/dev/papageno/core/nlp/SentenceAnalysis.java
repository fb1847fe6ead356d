package dev.papageno.core.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * OpenNLP's view of one sentence: tokens and part-of-speech tags.
 * Built only for sentences that some rule needs to look at closely.
 */
public final class SentenceAnalysis {

    private final Sentence sentence;
    private final List<TaggedToken> tokens;

    private SentenceAnalysis(Sentence sentence, List<TaggedToken> tokens) {
        this.sentence = sentence;
        this.tokens = tokens;
    }

    /** Tokenizes and tags one sentence of a block. */
    public static SentenceAnalysis of(String blockText, Sentence sentence) {
        String s = blockText.substring(sentence.start(), sentence.end());
        Span[] spans = splitFinalPeriod(s, NlpModels.tokenizer().tokenizePos(s));
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = words.length == 0 ? new String[0] : NlpModels.tagger().tag(words);
        List<TaggedToken> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new TaggedToken(words[i], Words.normalize(words[i]), tags[i],
                    sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd()));
        }
        return new SentenceAnalysis(sentence, List.copyOf(tokens));
    }

    /**
     * The tokenizer sometimes leaves the sentence's full stop on its last word ("maniac."), which
     * then gets tagged as punctuation. Split it off, unless the word is an abbreviation with
     * inner dots ("U.S.").
     */
    static Span[] splitFinalPeriod(String s, Span[] spans) {
        if (spans.length == 0) {
            return spans;
        }
        Span last = spans[spans.length - 1];
        String t = s.substring(last.getStart(), last.getEnd());
        if (t.length() < 3 || !t.endsWith(".") || !Character.isLetter(t.charAt(t.length() - 2))
                || t.indexOf('.') != t.length() - 1) {
            return spans;
        }
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<TaggedToken> tokens() {
        return tokens;
    }
}
