package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per finding, {@code path:line:col severity rule message}, the shape editors, terminals
 * and {@code grep} understand; the suggestion follows after {@code instead:} when there is one. Paths,
 * messages and suggestions go through {@link Printable}, so a file name cannot start a line of its own.
 */
public final class CompactReporter extends AbstractReporter implements StreamingReporter {

    public CompactReporter() {
        super("compact", "one line per finding: path:line:col severity rule message (for editors and grep)", "txt");
    }

    @Override
    public void file(FileResult f, ReportOptions options, Writer out) throws IOException {
        for (Finding x : f.findings()) {
            StringBuilder sb = new StringBuilder(Printable.of(f.path())).append(':').append(x.line()).append(':')
                    .append(x.column()).append(' ').append(x.severity().id()).append(' ').append(x.rule())
                    .append(' ').append(oneLine(x.message()));
            if (!x.suggestions().isEmpty()) {
                sb.append(x.isAddition() ? " add: " : " instead: ").append(oneLine(x.suggestions().get(0)));
            }
            out.write(sb.append('\n').toString());
        }
        if (f.omittedCount() > 0) {
            out.write(Printable.of(f.path()) + ": " + TextReporter.omitted(f) + "\n");
        }
        out.flush();
    }

    @Override
    public void end(LintResult result, ReportOptions options, Writer out) throws IOException {
        out.flush();
    }

    private static String oneLine(String s) {
        return Printable.of(s.replace('\n', ' ').replace('\r', ' '));
    }
}
