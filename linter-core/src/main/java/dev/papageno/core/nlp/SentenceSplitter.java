package dev.papageno.core.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Splits a block's text into sentences with OpenNLP's English sentence model. */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /** Sentences of {@code text}, trimmed, in order; a text without a detected sentence is one sentence. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        Span[] spans = NlpModels.sentenceDetector().sentPosDetect(text);
        int covered = 0;
        for (Span s : spans) {
            int start = Math.max(s.getStart(), covered);
            int end = s.getEnd();
            // OpenNLP may leave gaps (leading space, text after the last full stop): fold them in.
            if (start > covered && text.substring(covered, start).isBlank()) {
                start = skipSpace(text, covered, end);
            } else if (start > covered) {
                addTrimmed(out, text, covered, start);
            }
            addTrimmed(out, text, start, end);
            covered = end;
        }
        if (covered < text.length()) {
            addTrimmed(out, text, covered, text.length());
        }
        return out;
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addTrimmed(List<Sentence> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(out.size(), s, e));
        }
    }
}
