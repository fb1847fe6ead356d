package dev.papageno.core.report;

/**
 * Text from drafts, rule files, config files and file names made safe for a terminal and for logs
 * that other programs read (a CI runner takes a log line that starts with {@code ::} as a command).
 * One char for one, so columns stay put:
 * <ul>
 *   <li>a tab becomes a space;</li>
 *   <li>a line feed becomes ␊ (U+240A) and a carriage return ␍ (U+240D), so a line break in a file
 *       name or a key is visible and can never start a line of its own;</li>
 *   <li>every other control character (C0, DEL and C1, so ESC and CSI, OSC and 8-bit {@code \x9b}
 *       sequences), the Unicode line and paragraph separators and the bidirectional controls
 *       (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) become U+FFFD.</li>
 * </ul>
 */
public final class Printable {

    /** What a line feed is shown as. */
    public static final char LINE_FEED = '\u240A';
    /** What a carriage return is shown as. */
    public static final char CARRIAGE_RETURN = '\u240D';

    private Printable() {
    }

    /** The text with each char mapped by {@link #of(char)}; the same string when none changes. */
    public static String of(String s) {
        return map(s, false);
    }

    /** As {@link #of(String)}, but line feeds are kept (a carriage return still becomes ␍). */
    public static String keepingLineFeeds(String s) {
        return map(s, true);
    }

    /** A tab as a space, a line break as its symbol, any other unsafe char as U+FFFD, the rest as it is. */
    public static char of(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return c;
        }
        return switch (c) {
            case '\t' -> ' ';
            case '\n' -> LINE_FEED;
            case '\r' -> CARRIAGE_RETURN;
            default -> unsafe(c) ? '\uFFFD' : c;
        };
    }

    /** Whether a char is replaced (a control, a line or paragraph separator, a bidirectional control). */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
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
