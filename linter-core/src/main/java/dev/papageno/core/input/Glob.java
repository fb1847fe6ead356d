package dev.papageno.core.input;

import com.google.re2j.Pattern;

/**
 * A file pattern in the syntax of {@code .gitignore}, which writers already know. Matched against
 * a path relative to a base folder, with {@code /} between names:
 * <ul>
 *   <li>{@code *} matches within one name, {@code ?} one char, {@code [abc]} one of a set,
 *       {@code {md,html}} one of several alternatives;</li>
 *   <li>{@code **} matches any number of folders ({@code docs/**}, {@code **}{@code /old/*.md});</li>
 *   <li>a pattern without a slash ({@code *.txt}, {@code drafts}) matches a name at any depth;
 *       a pattern with a slash is anchored at the base folder ({@code /notes.md}, {@code posts/old});</li>
 *   <li>a trailing slash ({@code old/}) matches folders only; a leading {@code !} negates (in
 *       ignore files).</li>
 * </ul>
 * Patterns become RE2J expressions, so matching is linear in the length of the path.
 */
public final class Glob {

    private final String text;
    private final boolean negated;
    private final boolean dirOnly;
    private final boolean anchored;
    private final Pattern regex;

    private Glob(String text, boolean negated, boolean dirOnly, boolean anchored, Pattern regex) {
        this.text = text;
        this.negated = negated;
        this.dirOnly = dirOnly;
        this.anchored = anchored;
        this.regex = regex;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException for an empty pattern or an unclosed {@code [} or <code>{</code>
     */
    public static Glob parse(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("pattern too long (" + pattern.length() + " chars; the limit is "
                    + MAX_LENGTH + ")");
        }
        String p = pattern;
        boolean negated = false;
        if (p.startsWith("!")) {
            negated = true;
            p = p.substring(1);
        } else if (p.startsWith("\\!") || p.startsWith("\\#")) {
            p = p.substring(1);
        }
        boolean dirOnly = false;
        while (p.length() > 1 && p.endsWith("/")) {
            dirOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.indexOf('/') >= 0;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty pattern \"" + pattern + "\"");
        }
        p = collapseDoubleStars(p);
        try {
            return new Glob(pattern, negated, dirOnly, anchored, Pattern.compile(translate(p, pattern)));
        } catch (com.google.re2j.PatternSyntaxException e) {
            throw new IllegalArgumentException("cannot read the pattern " + dev.papageno.core.api.ConfigException.quote(
                    pattern) + ": " + e.getDescription());
        }
    }

    /** The longest pattern, in chars. */
    public static final int MAX_LENGTH = 1024;

    /**
     * {@code **}{@code /**}{@code /} matches what one {@code **}{@code /} matches; written once, the
     * pattern compiles to one optional group instead of thousands.
     */
    static String collapseDoubleStars(String p) {
        if (!p.contains("**/**")) {
            return p;
        }
        StringBuilder sb = new StringBuilder(p.length());
        int i = 0;
        while (i < p.length()) {
            boolean atStart = i == 0 || p.charAt(i - 1) == '/';
            if (atStart && p.startsWith("**/", i) && sb.length() >= 3 && sb.toString().endsWith("**/")
                    && (sb.length() == 3 || sb.charAt(sb.length() - 4) == '/')) {
                i += 3;
                continue;
            }
            if (atStart && p.startsWith("**", i) && i + 2 == p.length() && sb.length() >= 3
                    && sb.toString().endsWith("**/") && (sb.length() == 3 || sb.charAt(sb.length() - 4) == '/')) {
                sb.setLength(sb.length() - 1);
                i += 2;
                sb.append("");
                break;
            }
            sb.append(p.charAt(i));
            i++;
        }
        return sb.toString();
    }

    /** Whether a string has glob syntax in it ({@code * ? [ {}). */
    public static boolean hasWildcards(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /** Whether the pattern began with {@code !} (re-includes what an earlier pattern ignored). */
    public boolean negated() {
        return negated;
    }

    /**
     * Whether the pattern matches this path itself (not its parents).
     *
     * @param relative the path relative to the base folder, names separated by {@code /}
     * @param isDir    whether the path is a folder
     */
    public boolean matches(String relative, boolean isDir) {
        if (dirOnly && !isDir) {
            return false;
        }
        if (anchored) {
            return regex.matches(relative);
        }
        int slash = relative.lastIndexOf('/');
        return regex.matches(slash < 0 ? relative : relative.substring(slash + 1));
    }

    /**
     * Whether the pattern matches the path or one of the folders it is in: {@code drafts/} matches
     * {@code drafts/old/post.md}.
     */
    public boolean matchesOrParent(String relative, boolean isDir) {
        int from = 0;
        while (true) {
            int slash = relative.indexOf('/', from);
            if (slash < 0) {
                return matches(relative, isDir);
            }
            if (matches(relative.substring(0, slash), true)) {
                return true;
            }
            from = slash + 1;
        }
    }

    private static String translate(String p, String original) {
        StringBuilder sb = new StringBuilder();
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            if (c == '*') {
                if (i + 1 < n && p.charAt(i + 1) == '*') {
                    boolean atStart = i == 0 || p.charAt(i - 1) == '/';
                    boolean atEnd = i + 2 == n || p.charAt(i + 2) == '/';
                    if (atStart && atEnd) {
                        if (i + 2 == n) {
                            sb.append(".*");
                            i += 2;
                        } else {
                            sb.append("(?:.*/)?");
                            i += 3;
                        }
                        continue;
                    }
                    sb.append("[^/]*");
                    i += 2;
                    continue;
                }
                sb.append("[^/]*");
                i++;
            } else if (c == '?') {
                sb.append("[^/]");
                i++;
            } else if (c == '[') {
                int close = p.indexOf(']', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("\"[\" without \"]\" in pattern \"" + original + "\"");
                }
                sb.append('[');
                String body = p.substring(i + 1, close);
                int k = 0;
                if (body.startsWith("!") || body.startsWith("^")) {
                    sb.append('^');
                    k = 1;
                }
                for (; k < body.length(); k++) {
                    char b = body.charAt(k);
                    if (b == '-' || Character.isLetterOrDigit(b)) {
                        sb.append(b);
                    } else {
                        sb.append('\\').append(b);
                    }
                }
                sb.append(']');
                i = close + 1;
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("\"{\" without \"}\" in pattern \"" + original + "\"");
                }
                sb.append("(?:");
                String[] alternatives = p.substring(i + 1, close).split(",", -1);
                for (int a = 0; a < alternatives.length; a++) {
                    if (a > 0) {
                        sb.append('|');
                    }
                    if (!alternatives[a].isEmpty()) {
                        sb.append(translate(alternatives[a], original));
                    }
                }
                sb.append(')');
                i = close + 1;
            } else if (c == '\\' && i + 1 < n) {
                sb.append(Pattern.quote(String.valueOf(p.charAt(i + 1))));
                i += 2;
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
