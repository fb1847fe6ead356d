package dev.papageno.cli;

/** Keeps text from drafts and file names from driving the terminal. */
final class TextSafe {

    private TextSafe() {
    }

    /** Control characters (escape sequences included) become U+FFFD; tabs become spaces. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c == '\t' ? ' ' : (c < 0x20 || (c >= 0x7F && c < 0xA0)) ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
