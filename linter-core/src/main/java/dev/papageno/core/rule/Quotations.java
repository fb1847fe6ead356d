package dev.papageno.core.rule;

import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The passages of a block's text inside quotation marks: straight and curly double and single
 * quotes and guillemets, each pair closed on the same block. An apostrophe inside a word
 * ("don't", "people's") opens and closes nothing, nor does a straight double quote after a word or
 * a comma and before a space (the close of a quote whose opening mark is missing).
 */
public final class Quotations {

    private final List<TextRange> spans;

    private Quotations(List<TextRange> spans) {
        this.spans = spans;
    }

    /** The quoted passages of {@code text}, each without its quotation marks, in text order of closing. */
    public static Quotations of(String text) {
        return new Quotations(List.copyOf(find(text)));
    }

    /** The quoted passages, block-text offsets without the marks. */
    public List<TextRange> spans() {
        return spans;
    }

    /** The quoted passage that holds all of {@code [from, to)}, if there is one. */
    public Optional<TextRange> around(int from, int to) {
        for (TextRange q : spans) {
            if (q.start() <= from && to <= q.end()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private static List<TextRange> find(String t) {
        List<TextRange> out = new ArrayList<>();
        int n = t.length();
        int openDouble = -1;
        int openSingle = -1;
        int openCurly = -1;
        int openCurlySingle = -1;
        int openGuillemet = -1;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            char next = i + 1 < n ? t.charAt(i + 1) : ' ';
            switch (c) {
                case '“' -> openCurly = i;
                case '”' -> {
                    if (openCurly >= 0) {
                        out.add(new TextRange(openCurly + 1, i));
                        openCurly = -1;
                    }
                }
                case '«' -> openGuillemet = i;
                case '»' -> {
                    if (openGuillemet >= 0) {
                        out.add(new TextRange(openGuillemet + 1, i));
                        openGuillemet = -1;
                    }
                }
                case '"' -> {
                    if (openDouble < 0) {
                        // A mark after a word or a comma and before a space closes a quote whose opening
                        // mark is missing ("... each day," officials say): it opens none.
                        if (!Character.isLetterOrDigit(prev) && ".,;:!?".indexOf(prev) < 0 && i + 1 < n
                                && !Character.isWhitespace(next)) {
                            openDouble = i;
                        }
                    } else {
                        out.add(new TextRange(openDouble + 1, i));
                        openDouble = -1;
                    }
                }
                case '‘' -> openCurlySingle = i;
                case '’' -> {
                    if (openCurlySingle >= 0 && !Character.isLetter(next)) {
                        out.add(new TextRange(openCurlySingle + 1, i));
                        openCurlySingle = -1;
                    }
                }
                case '\'' -> {
                    if (openSingle < 0) {
                        if (!Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                            openSingle = i;
                        }
                    } else if (!Character.isLetterOrDigit(next) && prev != ' ') {
                        out.add(new TextRange(openSingle + 1, i));
                        openSingle = -1;
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
