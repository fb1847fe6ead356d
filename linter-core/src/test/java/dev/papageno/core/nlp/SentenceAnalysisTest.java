package dev.papageno.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** How a sentence's last token is cleaned up before tagging. */
class SentenceAnalysisTest {

    private static String[] texts(String s, Span[] spans) {
        String[] out = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            out[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
        }
        return out;
    }

    @Test
    void aFullStopLeftOnTheLastWordIsSplitOff() {
        String s = "He drove like a maniac.";
        Span[] glued = {new Span(0, 2), new Span(3, 8), new Span(9, 13), new Span(14, 15), new Span(16, 23)};
        assertArrayEquals(new String[] {"He", "drove", "like", "a", "maniac", "."},
                texts(s, SentenceAnalysis.splitFinalPeriod(s, glued)));
    }

    @Test
    void abbreviationsWithInnerDotsAreKept() {
        String s = "She moved to the U.S.";
        Span[] spans = {new Span(0, 3), new Span(4, 9), new Span(10, 12), new Span(13, 16), new Span(17, 21)};
        assertArrayEquals(new String[] {"She", "moved", "to", "the", "U.S."},
                texts(s, SentenceAnalysis.splitFinalPeriod(s, spans)));
    }

    @Test
    void theTaggerSeesTheWordOnItsOwn() {
        String s = "He drove like a maniac.";
        SentenceAnalysis a = SentenceAnalysis.of(s, new Sentence(0, 0, s.length()));
        TaggedToken last = a.tokens().get(a.tokens().size() - 1);
        TaggedToken word = a.tokens().get(a.tokens().size() - 2);
        assertArrayEquals(new String[] {"maniac", "."}, new String[] {word.text(), last.text()});
    }
}
