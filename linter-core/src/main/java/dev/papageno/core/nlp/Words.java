package dev.papageno.core.nlp;

import java.util.Locale;

/**
 * The cheap word scanner every rule starts from: splits text into words by character class alone
 * (letters, digits and in-word apostrophes), at tens of megabytes a second, with exact offsets.
 * Hyphens, spaces and punctuation separate words; rules decide which separators a phrase may span.
 */
public final class Words {

    private Words() {
    }

    /** Lower case with typographic apostrophes made plain, as rule words are stored. */
    public static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0) {
            lower = lower.replace('’', '\'').replace('‘', '\'');
        }
        return lower;
    }

    /**
     * One char as {@link #normalize} leaves it, for ASCII and the common Latin letters (a word with
     * a char whose lower case is longer than one char normalizes differently and simply does not
     * match a rule word).
     */
    public static char normalizeChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '’' || c == '‘') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Whether a char may stand between the words of a phrase ("self harm", "self-harm"). */
    public static boolean isPhraseGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '\u2010' || c == '\u2011'
                || c == '\u00A0' || c == '\u202F';
    }

    /** Scans {@code text} into words. */
    public static WordTokens scan(String text) {
        WordTokens.Builder b = new WordTokens.Builder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d)) {
                    i++;
                } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            b.add(start, i);
        }
        return b.build();
    }
}
