package dev.papageno.core.document;

/**
 * The text rules match against, made plain without moving any offset: invisible chars that can sit
 * inside a word or phrase (soft hyphen, raw or {@code &shy;}; zero-width space, non-joiner and
 * joiner; word joiner; byte-order mark; bidirectional controls) are dropped, and every other space
 * separator (em space, thin space, U+3000 ideographic space, no-break space) becomes a plain
 * space. A dropped char's source position is simply skipped, so a finding that spans one still
 * covers it in the original, and a fix replaces it with the words around it.
 */
final class MatchText {

    private MatchText() {
    }

    /** Whether a char is dropped. */
    static boolean invisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF' || c == '\u180E' || c == '\u034F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** What a kept char becomes. */
    static char plain(char c) {
        return c != ' ' && c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
    }

    /** Whether some char of {@code text[from, to)} is dropped or changed. */
    static boolean needed(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0x7F && (invisible(c) || plain(c) != c)) {
                return true;
            }
        }
        return false;
    }
}
