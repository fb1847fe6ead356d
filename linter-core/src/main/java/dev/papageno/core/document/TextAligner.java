package dev.papageno.core.document;

/**
 * Maps text a parser decoded back onto the source it came from. Parsers hand over decoded strings
 * (entities resolved, backslash escapes removed, CRLF folded); this walks both in step so that each
 * decoded char gets the source range that produced it.
 */
final class TextAligner {

    /** Receives one decoded char and its source range {@code [start, end)}. */
    interface Sink {
        void accept(char c, int start, int end);
    }

    private static final int MAX_ENTITY = 40;
    private static final int RESYNC_WINDOW = 16;

    private TextAligner() {
    }

    static void align(String decoded, CharSequence src, int from, int to, Sink sink) {
        int i = from;
        int n = decoded.length();
        for (int k = 0; k < n; k++) {
            char c = decoded.charAt(k);
            if (i < to && src.charAt(i) == '\r' && c == '\n' && i + 1 < to && src.charAt(i + 1) == '\n') {
                sink.accept(c, i, i + 2);
                i += 2;
            } else if (i < to && src.charAt(i) == c) {
                sink.accept(c, i, i + 1);
                i++;
            } else if (i < to && src.charAt(i) == '\r' && c == '\n') {
                sink.accept(c, i, i + 1);
                i++;
            } else if (i + 1 < to && src.charAt(i) == '\\' && src.charAt(i + 1) == c) {
                sink.accept(c, i, i + 2);
                i += 2;
            } else if (i < to && src.charAt(i) == '&' && entityEnd(src, i, to) > 0) {
                int end = entityEnd(src, i, to);
                sink.accept(c, i, end);
                // An entity may decode to a surrogate pair: both halves map to the entity.
                if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(decoded.charAt(k + 1))) {
                    sink.accept(decoded.charAt(++k), i, end);
                }
                i = end;
            } else {
                int found = -1;
                for (int j = i; j < Math.min(to, i + RESYNC_WINDOW); j++) {
                    if (src.charAt(j) == c) {
                        found = j;
                        break;
                    }
                }
                if (found >= 0) {
                    sink.accept(c, found, found + 1);
                    i = found + 1;
                } else {
                    int at = Math.min(i, Math.max(from, to - 1));
                    sink.accept(c, at, Math.min(to, at + 1));
                }
            }
        }
    }

    private static int entityEnd(CharSequence src, int amp, int to) {
        int limit = Math.min(to, amp + MAX_ENTITY);
        for (int j = amp + 1; j < limit; j++) {
            char ch = src.charAt(j);
            if (ch == ';') {
                return j > amp + 1 ? j + 1 : -1;
            }
            if (!(Character.isLetterOrDigit(ch) || ch == '#')) {
                return -1;
            }
        }
        return -1;
    }
}
