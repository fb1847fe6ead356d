package dev.papageno.core.report;

/**
 * Text from drafts and file names made safe for a terminal: tabs as spaces and every other control
 * character (C0, DEL and C1, escape sequences included) as U+FFFD, one char for one, so a draft
 * cannot drive the terminal and columns stay put.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with each char mapped by {@link #of(char)}; the same string when none changes. */
    public static String of(String s) {
        return map(s, false);
    }

    /** As {@link #of(String)}, but line feeds are kept (a carriage return still becomes U+FFFD). */
    public static String keepingLineFeeds(String s) {
        return map(s, true);
    }

    /** A tab as a space, any other control character as U+FFFD, everything else as it is. */
    public static char of(char c) {
        return c == '\t' ? ' ' : (c < 0x20 || (c >= 0x7F && c < 0xA0)) ? '\uFFFD' : c;
    }

    private static String map(String s, boolean keepLineFeeds) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = keepLineFeeds && c == '\n' ? c : of(c);
            if (r != c && sb == null) {
                sb = new StringBuilder(s);
            }
            if (sb != null) {
                sb.setCharAt(i, r);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
