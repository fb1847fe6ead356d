package dev.papageno.core.rule.schema;

/**
 * How big a regular expression gets once compiled, worked out from its text before RE2J sees it.
 * RE2J matches in linear time, but it expands counted repeats when it compiles: the 30 chars of
 * {@code ((a{1000}){1000}){1000}} would become a billion instructions (minutes and gigabytes, then
 * out of memory). So the source length and the expanded size are bounded first, in one pass over
 * the text.
 *
 * <p>The estimate counts one per literal, class or escape, adds one per group and per {@code * + ?},
 * multiplies by the upper count of a {@code {n,m}} repeat and adds up the alternatives; it is an
 * upper bound of RE2J's program size, close enough to tell a rule's pattern from a bomb.
 */
public final class RegexBudget {

    /** The longest regular expression source, in chars. */
    public static final int MAX_LENGTH = 1000;
    /** The largest estimated compiled size. */
    public static final long MAX_SIZE = 10_000;

    private RegexBudget() {
    }

    /** Why the pattern is too big, or null when it is within the limits. */
    public static String check(String regex) {
        if (regex.length() > MAX_LENGTH) {
            return "regular expression too long (" + regex.length() + " chars; the limit is " + MAX_LENGTH + ")";
        }
        long size = size(regex);
        if (size > MAX_SIZE) {
            return "regular expression too large once its repeats are expanded (more than " + MAX_SIZE
                    + " steps; nested counted repeats such as (a{100}){100} multiply)";
        }
        return null;
    }

    /** The estimated compiled size, saturating just above {@link #MAX_SIZE}. */
    static long size(String p) {
        // frames[d] = {sum of the finished items and alternatives, size of the last item}
        long[][] frames = new long[p.length() + 2][];
        int depth = 0;
        frames[0] = new long[2];
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            long[] f = frames[depth];
            switch (c) {
                case '\\' -> {
                    i = skipEscape(p, i);
                    item(f, 1);
                }
                case '[' -> {
                    i = skipClass(p, i);
                    item(f, 1);
                }
                case '(' -> {
                    int j = i + 1;
                    if (j < n && p.charAt(j) == '?') {
                        while (j < n && p.charAt(j) != ':' && p.charAt(j) != ')') {
                            j++;
                        }
                        if (j < n && p.charAt(j) == ')') {
                            i = j + 1;
                            continue;
                        }
                    }
                    frames[++depth] = new long[2];
                    i = j < n && p.charAt(j) == ':' ? j + 1 : i + 1;
                }
                case ')' -> {
                    if (depth == 0) {
                        item(f, 1);
                    } else {
                        long inner = cap(f[0] + f[1] + 1);
                        depth--;
                        item(frames[depth], inner);
                    }
                    i++;
                }
                case '|' -> {
                    f[0] = cap(f[0] + f[1] + 1);
                    f[1] = 0;
                    i++;
                }
                case '*', '+', '?' -> {
                    f[1] = cap(f[1] + 1);
                    i = lazy(p, i + 1);
                }
                case '{' -> {
                    int close = p.indexOf('}', i);
                    long times = close < 0 ? -1 : repeat(p.substring(i + 1, close));
                    if (times < 0) {
                        item(f, 1);
                        i++;
                    } else {
                        f[1] = cap(f[1] * Math.max(1, times) + 1);
                        i = lazy(p, close + 1);
                    }
                }
                default -> {
                    item(f, 1);
                    i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                }
            }
        }
        long total = 0;
        for (int d = depth; d >= 0; d--) {
            total = cap(total + frames[d][0] + frames[d][1]);
        }
        return total;
    }

    private static void item(long[] frame, long size) {
        frame[0] = cap(frame[0] + frame[1]);
        frame[1] = size;
    }

    private static long cap(long v) {
        return Math.min(v, MAX_SIZE + 1);
    }

    private static int lazy(String p, int i) {
        return i < p.length() && p.charAt(i) == '?' ? i + 1 : i;
    }

    /** The upper count of {@code n}, {@code n,} or {@code n,m}; -1 when it is not a repeat (a literal brace). */
    private static long repeat(String body) {
        String[] parts = body.split(",", -1);
        if (parts.length > 2 || parts[0].isEmpty() || !digits(parts[0]) || (parts.length == 2 && !parts[1].isEmpty()
                && !digits(parts[1]))) {
            return -1;
        }
        String upper = parts.length == 2 && !parts[1].isEmpty() ? parts[1] : parts[0];
        return upper.length() > 6 ? MAX_SIZE + 1 : Long.parseLong(upper) + (parts.length == 2 && parts[1].isEmpty()
                ? 1 : 0);
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static int skipEscape(String p, int i) {
        int n = p.length();
        if (i + 1 >= n) {
            return n;
        }
        char e = p.charAt(i + 1);
        if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < n && p.charAt(i + 2) == '{') {
            int close = p.indexOf('}', i + 2);
            return close < 0 ? n : close + 1;
        }
        if (e == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            return end < 0 ? n : end + 2;
        }
        return i + 2;
    }

    private static int skipClass(String p, int i) {
        int n = p.length();
        int j = i + 1;
        if (j < n && p.charAt(j) == '^') {
            j++;
        }
        if (j < n && p.charAt(j) == ']') {
            j++;
        }
        while (j < n && p.charAt(j) != ']') {
            if (p.charAt(j) == '\\') {
                j = skipEscape(p, j);
            } else if (p.startsWith("[:", j)) {
                int close = p.indexOf(":]", j + 2);
                j = close < 0 ? j + 1 : close + 2;
            } else {
                j++;
            }
        }
        return Math.min(n, j + 1);
    }
}
