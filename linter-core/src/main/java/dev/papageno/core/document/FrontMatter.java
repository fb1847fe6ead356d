package dev.papageno.core.document;

/**
 * Finds YAML ({@code ---}) or TOML ({@code +++}) front matter at the very start of a draft.
 * Front matter is metadata, never prose.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    /** End offset of the front matter (after its closing line), or 0 when there is none. */
    static int end(String text) {
        String fence;
        if (text.startsWith("---")) {
            fence = "---";
        } else if (text.startsWith("+++")) {
            fence = "+++";
        } else {
            return 0;
        }
        int lineEnd = lineEnd(text, 0);
        if (!text.substring(0, lineEnd).strip().equals(fence)) {
            return 0;
        }
        int pos = next(text, lineEnd);
        while (pos < text.length()) {
            int e = lineEnd(text, pos);
            String line = text.substring(pos, e).strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                return next(text, e);
            }
            pos = next(text, e);
        }
        return 0;
    }

    /** The text with front matter replaced by spaces (line breaks kept), so offsets do not move. */
    static String blank(String text) {
        int end = end(text);
        if (end == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            char c = sb.charAt(i);
            if (c != '\n' && c != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int next(String text, int lineEnd) {
        int i = lineEnd;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
