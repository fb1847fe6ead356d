package dev.papageno.core.report;

import dev.papageno.core.FileResult;
import dev.papageno.core.Finding;
import dev.papageno.core.LintResult;
import dev.papageno.core.Severity;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The default output, for people: each finding as {@code path:line:col severity rule message},
 * then the source line with the span underlined and what to write instead; a summary at the end.
 * Unreadable inputs are left to the caller (they go to standard error).
 */
public final class TextReporter implements Reporter {

    private static final int WINDOW = 100;
    private static final int CONTEXT = 30;

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String GREEN = "\u001b[32m";

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "for people: each finding with its line, the words underlined, and a suggestion (default)";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        boolean color = options.color();
        int files = 0;
        for (FileResult f : result.files()) {
            if (f.findings().isEmpty()) {
                continue;
            }
            files++;
            for (Finding x : f.findings()) {
                finding(out, f, x, color);
            }
        }
        summary(out, result, files, color);
        out.flush();
    }

    private void finding(Writer out, FileResult f, Finding x, boolean color) throws IOException {
        String sev = x.severity().id();
        String sevColored = color ? paint(x.severity()) + sev + RESET : sev;
        String loc = f.path() + ":" + x.line() + ":" + x.column();
        out.write((color ? BOLD + loc + RESET : loc) + " " + sevColored + " " + (color ? DIM + x.rule() + RESET
                : x.rule()) + " " + x.message() + "\n");
        if (f.source().isPresent() && x.length() > 0) {
            excerpt(out, f.source().get(), x, color);
        }
        if (!x.suggestions().isEmpty()) {
            String s = x.suggestions().size() == 1 ? x.suggestions().get(0)
                    : String.join(" | ", x.suggestions());
            out.write("    " + (x.length() > 0 ? "instead: " : "add: ") + (color ? GREEN + s + RESET : s) + "\n");
        }
        out.write("\n");
    }

    private static void excerpt(Writer out, SourceText src, Finding x, boolean color) throws IOException {
        String line = src.lineText(x.line()).replace('\t', ' ');
        int start = x.column() - 1;
        int end = x.endLine() == x.line() ? x.endColumn() - 1 : line.length();
        start = Math.min(start, line.length());
        end = Math.max(start, Math.min(end, line.length()));
        int from = 0;
        int to = line.length();
        if (line.length() > WINDOW) {
            from = Math.max(0, start - CONTEXT);
            to = Math.min(line.length(), Math.max(end + CONTEXT, from + WINDOW));
            from = safeBoundary(line, from);
            to = safeBoundary(line, to);
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < line.length() ? "…" : "";
        String shown = line.substring(from, to);
        out.write("    " + prefix + shown + suffix + "\n");
        int pad = width(prefix) + width(line.substring(from, start));
        int len = Math.max(1, width(line.substring(start, Math.min(end, to))));
        String marks = "^".repeat(len);
        out.write("    " + " ".repeat(pad) + (color ? paint(x.severity()) + marks + RESET : marks) + "\n");
    }

    private static int safeBoundary(String s, int i) {
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            return i - 1;
        }
        return i;
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

    private static String paint(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private static void summary(Writer out, LintResult result, int filesWithFindings, boolean color)
            throws IOException {
        int total = result.findingCount();
        int checked = (int) result.files().stream().filter(f -> !f.hasError()).count();
        long unreadable = result.files().stream().filter(FileResult::hasError).count();
        String filesWord = checked == 1 ? "file" : "files";
        StringBuilder sb = new StringBuilder();
        if (total == 0) {
            sb.append("No findings in ").append(checked).append(' ').append(filesWord).append('.');
        } else {
            Map<Severity, Integer> c = result.countsBySeverity();
            sb.append(total).append(total == 1 ? " finding" : " findings").append(" in ").append(filesWithFindings)
                    .append(" of ").append(checked).append(' ').append(filesWord).append(": ")
                    .append(count(c.get(Severity.ERROR), "error")).append(", ")
                    .append(count(c.get(Severity.WARNING), "warning")).append(", ")
                    .append(c.get(Severity.INFO)).append(" info.");
        }
        if (unreadable > 0) {
            sb.append(' ').append(unreadable).append(unreadable == 1 ? " input" : " inputs")
                    .append(" could not be read.");
        }
        out.write((color ? BOLD + sb + RESET : sb.toString()) + "\n");
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
