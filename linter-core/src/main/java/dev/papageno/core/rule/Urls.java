package dev.papageno.core.rule;

import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The URLs, bare domains ({@code 988lifeline.org}) and e-mail addresses written in a block's text,
 * without the brackets, quotation marks and final punctuation around them. Words inside them are
 * never matched by rules; help-line addresses are read from them.
 */
public final class Urls {

    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:com|org|net|gov|edu|info|io|co|uk|ie|au|nz|ca|us|eu|int"
                    + "|health|help|care|online|app|me|ly|to)(?::\\d+)?(?:/\\S*)?");

    private final List<TextRange> spans;

    private Urls(List<TextRange> spans) {
        this.spans = spans;
    }

    /** The URL-like spans of {@code text}. */
    public static Urls of(String text) {
        return new Urls(List.copyOf(find(text)));
    }

    /** The spans, disjoint and in text order. */
    public List<TextRange> spans() {
        return spans;
    }

    /** Whether {@code [from, to)} overlaps a URL, domain or e-mail address. */
    public boolean overlap(int from, int to) {
        // The spans are disjoint and in text order: only the first that ends after from can overlap.
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < spans.size() && spans.get(lo).start() < to;
    }

    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("com", "org", "net", "gov", "edu",
            "info", "io", "co", "uk", "ie", "au", "nz", "ca", "us", "eu", "int", "health", "help", "care", "online",
            "app", "me", "ly", "to");

    /** Whether the host part of a token ends in a top-level domain the URL pattern knows (a cheap test first). */
    private static boolean knownTopLevel(String tok) {
        int slash = tok.indexOf('/');
        String host = slash >= 0 ? tok.substring(0, slash) : tok;
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        int dot = host.lastIndexOf('.');
        return dot > 0 && TOP_LEVEL.contains(host.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static List<TextRange> find(String t) {
        List<TextRange> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int s = i;
            boolean dot = false;
            boolean colonOrAt = false;
            while (i < n && !Character.isWhitespace(t.charAt(i))) {
                char c = t.charAt(i);
                dot |= c == '.';
                colonOrAt |= c == ':' || c == '@';
                i++;
            }
            if (!dot && !colonOrAt) {
                continue;
            }
            int e = i;
            while (s < e && "([{<\"'“‘*_".indexOf(t.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && ".,;:!?)]}>\"'”’*_".indexOf(t.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - s < 4 || e - s > 2048) {
                continue;
            }
            String tok = t.substring(s, e);
            boolean url = tok.contains("://") || tok.regionMatches(true, 0, "www.", 0, 4)
                    || (tok.indexOf('@') > 0 && tok.indexOf('.', tok.indexOf('@')) > 0)
                    || (tok.indexOf('.') > 0 && knownTopLevel(tok) && DOMAIN.matcher(tok).matches());
            if (url) {
                out.add(new TextRange(s, e));
            }
        }
        return out;
    }
}
