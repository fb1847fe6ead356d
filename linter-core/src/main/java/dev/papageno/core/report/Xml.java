package dev.papageno.core.report;

/** Escaping for XML 1.0 and HTML text and attributes: the one escaper of every markup report. */
final class Xml {

    /** Where the escaped text goes. */
    private enum Mode {
        /** A double-quoted attribute: quotes and line breaks become references. */
        ATTRIBUTE,
        /** Element text: line breaks kept. */
        TEXT,
        /** The text of an HTML {@code pre} that shows a draft char for char: only markup is escaped. */
        PRE
    }

    private Xml() {
    }

    /**
     * Escapes text for an element or a double-quoted attribute. Characters XML 1.0 cannot hold (most
     * control characters) become U+FFFD; line breaks in attributes become character references so
     * that parsers keep them.
     */
    static String escape(String s) {
        return escape(s, Mode.ATTRIBUTE);
    }

    /** Escapes element text, keeping line breaks as they are (for multi-line bodies). */
    static String text(String s) {
        return escape(s, Mode.TEXT);
    }

    /** Text for an HTML {@code pre}: markup escaped, carriage returns as references so parsers keep them. */
    static String pre(String s) {
        return escape(s, Mode.PRE);
    }

    private static String escape(String s, Mode mode) {
        boolean attribute = mode == Mode.ATTRIBUTE;
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
                    boolean unfit = c < 0x20 || c == 0xFFFE || c == 0xFFFF;
                    sb.append(unfit && mode != Mode.PRE ? '\uFFFD' : c);
                }
            }
        }
        return sb.toString();
    }
}
