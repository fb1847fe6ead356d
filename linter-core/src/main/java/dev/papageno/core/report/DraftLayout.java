package dev.papageno.core.report;

import dev.papageno.core.source.InputFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a draft reads: which characters of the checked text are markup a reader does not see (Markdown
 * signs, HTML tags, comments, front matter), where blocks of text (paragraphs and headings) begin and
 * end, and where hidden markup stands for a line break ({@code <br>}). Plain text hides nothing; its
 * blocks are separated by blank lines and keep their line breaks.
 */
final class DraftLayout {

    /** A block of the draft: {@code text[start, end)}, trimmed of surrounding space and markup. */
    record Span(int start, int end, boolean heading) {
    }

    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n(?:[ \\t]*\\r?\\n)+");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:---|\\+\\+\\+)[ \\t]*\\r?\\n.*?\\r?\\n"
            + "(?:---|\\+\\+\\+|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern MD_HEADING = Pattern.compile("^[ ]{0,3}#{1,6}(?:[ \\t]+|(?=\\r?$))",
            Pattern.MULTILINE);
    private static final Pattern MD_HEADING_LINE = Pattern.compile("^[ ]{0,3}#{1,6}[ \\t][^\\r\\n]*",
            Pattern.MULTILINE);
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");
    private static final Pattern HTML_RAW = Pattern.compile("<(script|style)\\b.*?(?:</\\1\\s*>|\\z)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("<[!/?a-zA-Z][^>]*>?");
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("^</?(p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody"
            + "|blockquote|section|article|header|footer|main|aside|nav|figure|figcaption|pre|hr|dl|dt|dd"
            + "|title|head|body|html)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_HEADING_OPEN = Pattern.compile("^<h[1-6]\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_BREAK = Pattern.compile("^<br\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ENTITY = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("copy", "\u00A9"), Map.entry("shy", "\u00AD"));

    private final String text;
    /** Whether the draft's own line breaks are shown (Markdown and plain text; in HTML only {@code <br>}). */
    private final boolean keepsLines;
    /** Hidden ranges, sorted and disjoint: starts and ends. */
    private final int[] hiddenStarts;
    private final int[] hiddenEnds;
    /** Positions, sorted, where a hidden line break stands. */
    private final int[] breaks;
    private final List<Span> blocks;
    /** HTML character references by where they start: their end and what a reader sees. */
    private final TreeMap<Integer, Map.Entry<Integer, String>> entities = new TreeMap<>();

    private DraftLayout(String text, boolean keepsLines, List<int[]> hidden, List<Integer> breaks, List<int[]> separators,
            List<Integer> headingStarts) {
        this.text = text;
        this.keepsLines = keepsLines;
        List<int[]> merged = merge(hidden);
        this.hiddenStarts = merged.stream().mapToInt(r -> r[0]).toArray();
        this.hiddenEnds = merged.stream().mapToInt(r -> r[1]).toArray();
        this.breaks = breaks.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        this.blocks = blocks(separators, headingStarts.stream().mapToInt(Integer::intValue).sorted().toArray());
    }

    /** The layout of a checked text in its format. */
    static DraftLayout of(String text, InputFormat format) {
        List<int[]> hidden = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        List<int[]> separators = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        for (Matcher m = BLANK_LINES.matcher(text); m.find(); ) {
            separators.add(new int[] {m.start(), m.end()});
        }
        if (format == InputFormat.MARKDOWN) {
            markdown(text, hidden, separators, headings);
        } else if (format == InputFormat.HTML) {
            html(text, hidden, breaks, separators, headings);
        }
        DraftLayout layout = new DraftLayout(text, format != InputFormat.HTML, hidden, breaks, separators, headings);
        if (format == InputFormat.HTML) {
            layout.findEntities();
        }
        return layout;
    }

    private static void markdown(String text, List<int[]> hidden, List<int[]> separators, List<Integer> headings) {
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            hidden.add(new int[] {0, front.end()});
            separators.add(new int[] {0, front.end()});
        }
        addAll(COMMENT, text, hidden);
        addAll(MD_HEADING, text, hidden);
        addAll(MD_EMPHASIS, text, hidden);
        for (Matcher m = MD_LINK.matcher(text); m.find(); ) {
            hidden.add(new int[] {m.start(), m.start(1)});
            hidden.add(new int[] {m.end(1), m.end()});
        }
        for (Matcher m = MD_HEADING_LINE.matcher(text); m.find(); ) {
            separators.add(new int[] {m.start(), m.start()});
            separators.add(new int[] {m.end(), m.end()});
            headings.add(m.start());
        }
    }

    private static void html(String text, List<int[]> hidden, List<Integer> breaks, List<int[]> separators,
            List<Integer> headings) {
        addAll(COMMENT, text, hidden);
        addAll(HTML_RAW, text, hidden);
        for (Matcher m = HTML_TAG.matcher(text); m.find(); ) {
            hidden.add(new int[] {m.start(), m.end()});
            String tag = m.group();
            if (HTML_BLOCK_TAG.matcher(tag).find()) {
                separators.add(new int[] {m.start(), m.end()});
                if (HTML_HEADING_OPEN.matcher(tag).find()) {
                    headings.add(m.end());
                }
            } else if (HTML_BREAK.matcher(tag).find()) {
                breaks.add(m.start());
            }
        }
    }

    private void findEntities() {
        for (Matcher m = HTML_ENTITY.matcher(text); m.find(); ) {
            String shown = null;
            if (m.group(3) != null) {
                shown = NAMED.get(m.group(3));
            } else {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                if (cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF) && cp >= 0x20) {
                    shown = new String(Character.toChars(cp));
                }
            }
            if (shown != null && !isHidden(m.start(), m.end())) {
                entities.put(m.start(), Map.entry(m.end(), shown));
            }
        }
    }

    /** What a reader sees of {@code text[a, b)} when it is exactly a character reference, else null. */
    String entity(int a, int b) {
        Map.Entry<Integer, String> e = entities.get(a);
        return e != null && e.getKey() == b ? e.getValue() : null;
    }

    /** The bounds of character references strictly inside {@code (a, b)}. */
    void entityBoundsIn(int a, int b, List<Integer> into) {
        for (var m : entities.subMap(Math.max(0, a - 16), true, b, false).entrySet()) {
            if (m.getKey() > a) {
                into.add(m.getKey());
            }
            if (m.getValue().getKey() > a && m.getValue().getKey() < b) {
                into.add(m.getValue().getKey());
            }
        }
    }

    private static void addAll(Pattern p, String text, List<int[]> into) {
        for (Matcher m = p.matcher(text); m.find(); ) {
            if (m.end() > m.start()) {
                into.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            if (r[1] <= r[0]) {
                continue;
            }
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    /** The stretches between separators, trimmed of space and hidden markup; empty ones are dropped. */
    private List<Span> blocks(List<int[]> separators, int[] headingStarts) {
        List<int[]> seps = new ArrayList<>(separators);
        seps.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= seps.size(); k++) {
            int to = k < seps.size() ? seps.get(k)[0] : text.length();
            if (to > from) {
                boolean heading = Arrays.binarySearch(headingStarts, from) >= 0;
                Span s = trimmed(from, to, heading);
                if (s != null) {
                    out.add(s);
                }
            }
            if (k < seps.size()) {
                from = Math.max(from, seps.get(k)[1]);
            }
        }
        return out;
    }

    /** {@code text[from, to)} without the space and hidden markup at its ends, or null when nothing is left. */
    Span trimmed(int from, int to, boolean heading) {
        int start = from;
        while (start < to) {
            int h = hiddenEnd(start);
            if (h > start) {
                start = h;
            } else if (Character.isWhitespace(text.charAt(start))) {
                start++;
            } else {
                break;
            }
        }
        int end = to;
        while (end > start) {
            int h = hiddenStartBefore(end);
            if (h < end) {
                end = Math.max(h, start);
            } else if (Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            } else {
                break;
            }
        }
        return end > start ? new Span(start, end, heading) : null;
    }

    /** The end of the hidden range holding {@code pos}, or {@code pos} when it is shown. */
    int hiddenEnd(int pos) {
        int i = rangeAt(pos);
        return i >= 0 ? hiddenEnds[i] : pos;
    }

    /** The start of the hidden range holding {@code pos - 1}, or {@code pos} when that char is shown. */
    private int hiddenStartBefore(int pos) {
        int i = rangeAt(pos - 1);
        return i >= 0 ? hiddenStarts[i] : pos;
    }

    /** The index of the hidden range holding the char at {@code pos}, or -1. */
    private int rangeAt(int pos) {
        int i = Arrays.binarySearch(hiddenStarts, pos);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && pos < hiddenEnds[i] ? i : -1;
    }

    /** Whether every char of {@code [a, b)} is hidden markup. */
    boolean isHidden(int a, int b) {
        int i = rangeAt(a);
        return i >= 0 && b <= hiddenEnds[i];
    }

    /** Whether a hidden line break stands in {@code [a, b)}. */
    boolean breaksIn(int a, int b) {
        int i = Arrays.binarySearch(breaks, a);
        if (i < 0) {
            i = -i - 1;
        }
        return i < breaks.length && breaks[i] < b;
    }

    /** The hidden range bounds strictly inside {@code (a, b)}, in order. */
    void hiddenBoundsIn(int a, int b, List<Integer> into) {
        int i = Arrays.binarySearch(hiddenStarts, a);
        i = i < 0 ? Math.max(0, -i - 2) : i;
        for (; i < hiddenStarts.length && hiddenStarts[i] < b; i++) {
            if (hiddenStarts[i] > a) {
                into.add(hiddenStarts[i]);
            }
            if (hiddenEnds[i] > a && hiddenEnds[i] < b) {
                into.add(hiddenEnds[i]);
            }
        }
    }

    /**
     * Where the shown line after the one holding {@code from} starts, before {@code end}: after a line
     * break of the draft, or in HTML after a {@code <br>}; {@code end} when there is none.
     */
    int nextLine(int from, int end) {
        if (keepsLines) {
            int newline = text.indexOf('\n', from);
            return newline < 0 || newline >= end ? end : newline + 1;
        }
        int i = Arrays.binarySearch(breaks, from);
        i = i < 0 ? -i - 1 : i;
        return i < breaks.length && breaks[i] < end ? Math.min(end, hiddenEnd(breaks[i])) : end;
    }

    /** The blocks in order. */
    List<Span> blocks() {
        return blocks;
    }
}
