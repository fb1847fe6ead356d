package dev.papageno.core.fix;

import dev.papageno.core.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context, in the form {@code patch}
 * and {@code git apply} read ({@code --- a/path}, {@code +++ b/path}). Lines keep their own line
 * endings, so a CRLF file gives a diff that applies to it. Uses Myers' O(ND) algorithm, where D,
 * the number of changed lines, is small for fixes.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private enum Kind { SAME, REMOVED, ADDED }

    private record Op(Kind kind, int a, int b) {
    }

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> ops = diff(a, b);
        StringBuilder out = new StringBuilder();
        boolean absolute = path.startsWith("/") || (path.length() > 2 && path.charAt(1) == ':');
        out.append("--- ").append(quoted(absolute ? path : "a/" + path)).append('\n');
        out.append("+++ ").append(quoted(absolute ? path : "b/" + path)).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            while (true) {
                while (end < ops.size() && ops.get(end).kind() != Kind.SAME) {
                    end++;
                }
                int same = end;
                while (same < ops.size() && ops.get(same).kind() == Kind.SAME) {
                    same++;
                }
                if (same < ops.size() && same - end <= 2 * CONTEXT) {
                    end = same;
                    continue;
                }
                end = Math.min(ops.size(), end + CONTEXT);
                break;
            }
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops, List<String> a, List<String> b) {
        int aStart = -1;
        int bStart = -1;
        int aLen = 0;
        int bLen = 0;
        for (Op op : ops) {
            if (op.kind() != Kind.ADDED) {
                if (aStart < 0) {
                    aStart = op.a();
                }
                aLen++;
            }
            if (op.kind() != Kind.REMOVED) {
                if (bStart < 0) {
                    bStart = op.b();
                }
                bLen++;
            }
        }
        Op first = ops.get(0);
        out.append("@@ -").append(range(aStart < 0 ? first.a() : aStart, aLen)).append(" +")
                .append(range(bStart < 0 ? first.b() : bStart, bLen)).append(" @@\n");
        for (Op op : ops) {
            String line = switch (op.kind()) {
                case SAME -> " " + a.get(op.a());
                case REMOVED -> "-" + a.get(op.a());
                case ADDED -> "+" + b.get(op.b());
            };
            out.append(line);
            if (!line.endsWith("\n") && !line.endsWith("\r")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** {@code start,length} with 1-based start; an empty range names the line before it. */
    private static String range(int start, int length) {
        if (length == 0) {
            return start + ",0";
        }
        return length == 1 ? String.valueOf(start + 1) : (start + 1) + "," + length;
    }

    /** Splits text into lines, each with its own terminator (LF, CRLF or CR). */
    static List<String> lines(String text) {
        int[] starts = SourceText.lineStarts(text);
        List<String> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] : text.length();
            if (end > starts[i]) {
                out.add(text.substring(starts[i], end));
            }
        }
        return out;
    }

    /** The edit script from {@code a} to {@code b}, in order. */
    private static List<Op> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Kind.SAME, i, i));
        }
        List<String> ma = a.subList(prefix, a.size() - suffix);
        List<String> mb = b.subList(prefix, b.size() - suffix);
        for (Op op : myers(ma, mb)) {
            ops.add(new Op(op.kind(), op.a() + prefix, op.b() + prefix));
        }
        for (int i = 0; i < suffix; i++) {
            ops.add(new Op(Kind.SAME, a.size() - suffix + i, b.size() - suffix + i));
        }
        return ops;
    }

    private static List<Op> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            int[] snapshot = new int[2 * d + 3];
            System.arraycopy(v, off - d - 1, snapshot, 0, 2 * d + 3);
            trace.add(snapshot);
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1]
                        : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d >= 0; d--) {
            int[] s = trace.get(d);
            int k = x - y;
            int base = d + 1;
            int prevK = (k == -d || (k != d && s[base + k - 1] < s[base + k + 1])) ? k + 1 : k - 1;
            int prevX = s[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY && x > 0 && y > 0) {
                reversed.add(new Op(Kind.SAME, x - 1, y - 1));
                x--;
                y--;
            }
            if (d > 0) {
                if (x == prevX) {
                    reversed.add(new Op(Kind.ADDED, prevX, prevY));
                } else {
                    reversed.add(new Op(Kind.REMOVED, prevX, prevY));
                }
            }
            x = prevX;
            y = prevY;
        }
        List<Op> ops = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
        return ops;
    }

    /**
     * A path as git writes it in a diff header: as it is when every byte is printable ASCII other
     * than {@code "} and {@code \\}; otherwise in double quotes with C escapes ({@code \\n},
     * {@code \\t}, {@code \\"}, {@code \\\\}) and every other byte, UTF-8 included, in octal. So a
     * line break or an escape sequence in a file name never reaches the terminal, and
     * {@code git apply} reads the name back.
     */
    static String quoted(String path) {
        byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean plain = true;
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7F || b == '"' || b == '\\') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return path;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            switch (c) {
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case 0x0B -> sb.append("\\v");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        sb.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
