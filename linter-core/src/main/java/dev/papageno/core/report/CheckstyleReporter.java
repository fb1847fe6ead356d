package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle's XML, which Jenkins (Warnings Next Generation), reviewdog and many CI tools read:
 * one {@code <file>} per input, one {@code <error>} per finding with line, column, severity,
 * message and {@code source} ({@code papageno.} and the rule id). An input that could not be read
 * gets one error with source {@code papageno.unreadable}.
 */
public final class CheckstyleReporter extends AbstractReporter {

    public CheckstyleReporter() {
        super("checkstyle", "Checkstyle XML, for Jenkins, reviewdog and other CI tools", "xml");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"4.3\">\n");
        for (FileResult f : result.files()) {
            out.write("  <file name=\"" + Xml.escape(f.path()) + "\"");
            if (f.findings().isEmpty() && f.error().isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            if (f.error().isPresent()) {
                out.write("    <error line=\"1\" column=\"1\" severity=\"error\" message=\""
                        + Xml.escape("could not be read: " + f.error().get()) + "\" source=\"papageno.unreadable\"/>\n");
            }
            for (Finding x : f.findings()) {
                out.write("    <error line=\"" + x.line() + "\" column=\"" + x.column() + "\" severity=\""
                        + x.severity().id() + "\" message=\"" + Xml.escape(message(x)) + "\" source=\"papageno."
                        + Xml.escape(x.rule()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
        out.flush();
    }

    private static String message(Finding x) {
        return x.message() + " (" + x.rule() + ")";
    }
}
