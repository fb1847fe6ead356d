package dev.papageno.lsp;

import dev.papageno.core.api.Finding;
import dev.papageno.core.document.Block;
import dev.papageno.core.document.Document;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a control comment goes to silence a finding, in the document's own comment syntax (an
 * HTML comment in all three formats), placed so that the core reads it and the rendered draft does
 * not change:
 * <ul>
 *   <li>{@code papageno-disable-next-line RULE} must end on the line before the finding. In
 *       Markdown, when that line is prose (a paragraph, list item or heading line), the comment is
 *       appended to it as inline HTML, so the paragraph stays whole; otherwise, and in HTML and
 *       plain text, it goes on a line of its own just above the finding, with the finding line's
 *       indentation (and its blockquote markers).</li>
 *   <li>A document-level finding is silenced by {@code papageno-disable RULE}, anywhere; it goes
 *       on a line of its own where the finding is placed, below any front matter.</li>
 * </ul>
 */
final class Directives {

    private Directives() {
    }

    /**
     * An insertion: {@code text} at {@code offset}.
     */
    record Insertion(int offset, String text) {
    }

    /** The insertion that silences {@code f} for its line; empty where no comment can go. */
    static Optional<Insertion> nextLine(SourceText source, InputFormat format, Finding f, Supplier<Document> document) {
        String comment = "<!-- papageno-disable-next-line " + f.rule() + " -->";
        int line = f.line();
        String eol = lineEnding(source.text());
        if (format == InputFormat.MARKDOWN && line > 1) {
            Optional<Integer> at = endOfProseLine(source, line - 1, document);
            if (at.isPresent()) {
                return Optional.of(new Insertion(at.get(), " " + comment));
            }
        }
        int start = source.lineStart(line);
        if (format == InputFormat.HTML && insideTag(source.text(), start)) {
            return Optional.empty();
        }
        String lineText = source.lineText(line);
        if (format == InputFormat.HTML && lineText.substring(0, Math.min(lineText.length(), f.column() - 1))
                .toLowerCase(Locale.ROOT).contains("<!doctype")) {
            return Optional.empty();
        }
        return Optional.of(new Insertion(start, prefix(lineText, format) + comment + eol));
    }

    /** The insertion of {@code papageno-disable RULE} that silences a document-level finding. */
    static Optional<Insertion> wholeFile(SourceText source, InputFormat format, Finding f) {
        return lineAbove(source, format, f.offset(), "<!-- papageno-disable " + f.rule() + " -->");
    }

    /**
     * A line of its own, {@code content} then a line break, above the line of {@code offset}: below
     * front matter in Markdown, inside {@code <body>} in HTML; empty where there is no such place.
     */
    static Optional<Insertion> lineAbove(SourceText source, InputFormat format, int offset, String content) {
        String text = source.text();
        String eol = lineEnding(text);
        int at = source.lineStart(source.lineCol(offset).line());
        if (format == InputFormat.MARKDOWN) {
            at = Math.max(at, frontMatterEnd(text));
            if (at == text.length() && at > 0 && !endsWithLineBreak(text)) {
                return Optional.of(new Insertion(at, eol + content + eol));
            }
        } else if (format == InputFormat.HTML) {
            String lower = text.toLowerCase(Locale.ROOT);
            int body = lower.indexOf("<body");
            int head = lower.indexOf("<head");
            int doctype = lower.indexOf("<!doctype");
            if (body >= 0 && at <= body) {
                int close = text.indexOf('>', body);
                if (close < 0) {
                    return Optional.empty();
                }
                return Optional.of(new Insertion(close + 1, eol + content));
            }
            if ((doctype >= 0 && at <= doctype) || (head >= 0 && at <= head) || insideTag(text, at)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Insertion(at, content + eol));
    }

    /**
     * In Markdown, the offset at the end of a line's text (before trailing spaces, a backslash
     * hard break or an ATX closing sequence) when the line holds prose of some block; empty for a
     * blank line, a fence, an underline or any other line without prose.
     */
    private static Optional<Integer> endOfProseLine(SourceText source, int line, Supplier<Document> document) {
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        String text = source.text();
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e > start && text.charAt(e - 1) == '\\') {
            e--;
        }
        String stripped = text.substring(start, e).strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        if (stripped.startsWith("#") && stripped.endsWith("#")) {
            int h = e;
            while (h > start && text.charAt(h - 1) == '#') {
                h--;
            }
            if (h > start && (text.charAt(h - 1) == ' ' || text.charAt(h - 1) == '\t')) {
                e = h;
                while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
                    e--;
                }
            }
        }
        if (stripped.startsWith("|") || stripped.endsWith("|")) {
            return Optional.empty();
        }
        for (Block b : document.get().blocks()) {
            var r = b.sourceRange();
            if (r.start() < end && r.end() > start) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The indentation of a line, with the blockquote markers in Markdown. */
    private static String prefix(String line, InputFormat format) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || (c == '>' && format == InputFormat.MARKDOWN)) {
                i++;
            } else {
                break;
            }
        }
        return line.substring(0, i);
    }

    /** Whether an offset of HTML is inside a tag (after a {@code <} that no {@code >} has closed). */
    private static boolean insideTag(String text, int offset) {
        int lt = text.lastIndexOf('<', offset - 1);
        int gt = text.lastIndexOf('>', offset - 1);
        return lt > gt;
    }

    /** The end of YAML or TOML front matter at the very start of a Markdown draft, or 0. */
    static int frontMatterEnd(String text) {
        String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        if (fence == null) {
            return 0;
        }
        int pos = nextLine(text, 0);
        if (!text.substring(0, lineEndAt(text, 0)).strip().equals(fence)) {
            return 0;
        }
        while (pos < text.length()) {
            String l = text.substring(pos, lineEndAt(text, pos)).strip();
            int next = nextLine(text, pos);
            if (l.equals(fence) || (fence.equals("---") && l.equals("..."))) {
                return next;
            }
            pos = next;
        }
        return 0;
    }

    private static int lineEndAt(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int pos) {
        int i = lineEndAt(text, pos);
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private static boolean endsWithLineBreak(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '\n' || c == '\r';
    }

    /** The text's first line ending, so that new lines match it; LF when there is none. */
    static String lineEnding(String text) {
        int i = text.indexOf('\n');
        int r = text.indexOf('\r');
        if (r >= 0 && (i < 0 || r < i)) {
            return r + 1 < text.length() && text.charAt(r + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }
}
