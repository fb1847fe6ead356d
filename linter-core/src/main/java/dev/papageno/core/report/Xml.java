package dev.papageno.core.report;

/** Escaping for XML 1.0 and HTML text and attributes. */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes text for an element or a double-quoted attribute. Characters XML 1.0 cannot hold (most
     * control characters) become U+FFFD; line breaks in attributes become character references so
     * that parsers keep them.
     */
    static String escape(String s) {
        return escape(s, true);
    }

    /** Escapes element text, keeping line breaks as they are (for multi-line bodies). */
    static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
