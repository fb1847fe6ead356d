package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per finding, {@code path:line:col severity rule message}, the shape editors, terminals
 * and {@code grep} understand; the suggestion follows after {@code instead:} when there is one.
 */
public final class CompactReporter extends AbstractReporter {

    public CompactReporter() {
        super("compact", "one line per finding: path:line:col severity rule message (for editors and grep)", "txt");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                StringBuilder sb = new StringBuilder(f.path()).append(':').append(x.line()).append(':')
                        .append(x.column()).append(' ').append(x.severity().id()).append(' ').append(x.rule())
                        .append(' ').append(oneLine(x.message()));
                if (!x.suggestions().isEmpty()) {
                    sb.append(x.isAddition() ? " add: " : " instead: ").append(oneLine(x.suggestions().get(0)));
                }
                out.write(sb.append('\n').toString());
            }
        }
        out.flush();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
