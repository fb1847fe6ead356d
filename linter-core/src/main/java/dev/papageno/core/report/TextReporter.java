package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Summary;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The default output, for people. Findings are grouped by file; each shows {@code line:col}, the
 * severity, the rule, the message, the source line with the words underlined, and what to write
 * instead. A summary ends the report. Colours only when asked (a terminal without
 * {@code NO_COLOR}); control characters from drafts are never passed to the terminal. Unreadable
 * inputs are left to the caller (they go to standard error).
 *
 * <pre>
 * examples/draft.md
 *   8:15  warning  stigma/committed-suicide  fixable
 *         Say “died by suicide” instead of “committed suicide”: ...
 *       8 | My cousin Sam committed suicide two years ago, ...
 *         |               ^^^^^^^^^^^^^^^^^
 *         instead: died by suicide | took their own life | ended their life
 * </pre>
 */
public final class TextReporter extends AbstractReporter implements StreamingReporter {

    private static final int WINDOW = 100;
    private static final int CONTEXT = 30;

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String UNDERLINE = "\u001b[4m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";

    public TextReporter() {
        super("text", "for people: findings by file, the words underlined, what to write instead (default)", "txt");
    }

    @Override
    public void file(FileResult f, ReportOptions options, Writer out) throws IOException {
        if (f.findings().isEmpty()) {
            return;
        }
        Style st = new Style(options.color());
        out.write(st.paint(BOLD + UNDERLINE, Printable.of(f.path())) + "\n");
        int locWidth = 0;
        for (Finding x : f.findings()) {
            locWidth = Math.max(locWidth, location(x).length());
        }
        for (Finding x : f.findings()) {
            finding(out, f, x, locWidth, options.width(), st);
        }
        if (f.omittedCount() > 0) {
            out.write("  " + omitted(f) + "\n\n");
        }
        out.flush();
    }

    @Override
    public void end(LintResult result, ReportOptions options, Writer out) throws IOException {
        Style st = new Style(options.color());
        out.write(st.paint(BOLD, Summary.sentence(result)) + "\n");
        out.flush();
    }

    /** The line that says a file had more findings than are kept. */
    static String omitted(FileResult f) {
        return "… and " + Summary.plural(f.omittedCount(), "more finding") + " not shown: only the first "
                + f.findings().size() + " of a file are kept (the summary counts them all)";
    }

    private static String location(Finding x) {
        return x.line() + ":" + x.column();
    }

    private void finding(Writer out, FileResult f, Finding x, int locWidth, int width, Style st) throws IOException {
        String loc = location(x);
        int indent = 2 + locWidth + 2;
        String pad = " ".repeat(indent);
        StringBuilder head = new StringBuilder("  ");
        head.append(st.paint(DIM, loc)).append(" ".repeat(locWidth - loc.length() + 2));
        String sev = x.severity().id();
        head.append(st.paint(color(x.severity()), sev)).append(" ".repeat(Math.max(0, 7 - sev.length())));
        head.append("  ").append(st.paint(DIM, x.rule()));
        if (x.fix().isPresent()) {
            head.append("  ").append(st.paint(GREEN, "fixable"));
        }
        out.write(head + "\n");
        for (String line : wrap(Printable.of(x.message()), width > 0 ? Math.max(30, width - indent) : 0)) {
            out.write(pad + line + "\n");
        }
        if (f.source().isPresent() && !x.isAddition()) {
            excerpt(out, f.source().get(), x, indent, st);
        }
        if (!x.suggestions().isEmpty()) {
            String s = Printable.of(String.join(" | ", x.suggestions()));
            out.write(pad + (x.isAddition() ? "add: " : "instead: ") + st.paint(GREEN, s) + "\n");
        }
        out.write("\n");
    }

    private static void excerpt(Writer out, SourceText src, Finding x, int indent, Style st) throws IOException {
        // Only the shown part of the line is copied and made printable: one char for one, so the
        // columns and surrogate pairs of the source line still hold.
        String text = src.text();
        int lineStart = src.lineStart(x.line());
        int length = src.lineEnd(x.line()) - lineStart;
        int start = x.column() - 1;
        int end = x.endLine() == x.line() ? x.endColumn() - 1 : length;
        start = Math.min(start, length);
        end = Math.max(start, Math.min(end, length));
        int from = 0;
        int to = length;
        if (length > WINDOW) {
            from = Math.max(0, start - CONTEXT);
            to = Math.min(length, Math.max(end + CONTEXT, from + WINDOW));
            from = safeBoundary(text, lineStart, length, from);
            to = safeBoundary(text, lineStart, length, to);
        }
        String shown = Printable.of(text.substring(lineStart + from, lineStart + to));
        String prefix = from > 0 ? "…" : "";
        String suffix = to < length ? "…" : "";
        int spanEnd = Math.min(end, to);
        String before = shown.substring(0, start - from);
        String span = shown.substring(start - from, spanEnd - from);
        String after = shown.substring(spanEnd - from);
        String number = String.valueOf(x.line());
        int field = Math.max(number.length(), indent - 3);
        String gutter = " ".repeat(field - number.length()) + number + " | ";
        String blank = " ".repeat(field) + " | ";
        out.write(st.paint(DIM, gutter) + prefix + before + st.paint(BOLD + color(x.severity()), span) + after
                + suffix + "\n");
        int padWidth = width(prefix) + width(before);
        int len = Math.max(1, width(span));
        out.write(st.paint(DIM, blank) + " ".repeat(padWidth) + st.paint(color(x.severity()), "^".repeat(len)) + "\n");
    }

    /** {@code i}, or one char back when a line position of {@code i} would split a surrogate pair. */
    private static int safeBoundary(String text, int lineStart, int length, int i) {
        if (i > 0 && i < length && Character.isLowSurrogate(text.charAt(lineStart + i))) {
            return i - 1;
        }
        return i;
    }

    /** Words of {@code text} in lines of at most {@code width} columns; one line when width is 0. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width <= 0 || width(text) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : text.split(" ")) {
            int w = width(word);
            if (lineWidth > 0 && lineWidth + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (lineWidth > 0) {
                line.append(' ');
                lineWidth++;
            }
            line.append(word);
            lineWidth += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Display width: wide East Asian characters and emoji take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                continue;
            }
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF)
                    || (cp >= 0x20000 && cp <= 0x3FFFD);
            w += wide ? 2 : 1;
        }
        return w;
    }

    private static String color(Severity s) {
        return switch (s) {
            case ERROR -> BOLD + RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    /** Paints text when colours are on. */
    private record Style(boolean on) {
        String paint(String code, String text) {
            return on && !text.isEmpty() ? code + text + RESET : text;
        }
    }
}
