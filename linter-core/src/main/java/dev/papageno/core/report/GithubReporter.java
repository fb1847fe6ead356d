package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Summary;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation ({@code ::error},
 * {@code ::warning} or {@code ::notice}) on its file and line, shown on the pull request. Values
 * are escaped as the runner expects ({@code %0A} for line breaks, {@code %2C} in properties). A
 * plain summary line ends the output.
 */
public final class GithubReporter extends AbstractReporter {

    public GithubReporter() {
        super("github", "GitHub Actions annotations on the pull request", "txt");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        for (FileResult f : result.files()) {
            if (f.error().isPresent()) {
                out.write("::error file=" + property(f.path()) + ",title=" + property("papageno: unreadable input")
                        + "::" + data("could not be read: " + f.error().get()) + "\n");
            }
            for (Finding x : f.findings()) {
                StringBuilder sb = new StringBuilder("::").append(command(x)).append(" file=")
                        .append(property(f.path())).append(",line=").append(x.line());
                if (x.endLine() != x.line()) {
                    sb.append(",endLine=").append(x.endLine());
                } else {
                    sb.append(",col=").append(x.column());
                    if (x.length() > 0) {
                        sb.append(",endColumn=").append(Math.max(x.column(), x.endColumn() - 1));
                    }
                }
                sb.append(",title=").append(property(x.rule()));
                String message = x.message();
                if (!x.suggestions().isEmpty()) {
                    message += "\n" + Suggestions.line(x);
                }
                sb.append("::").append(data(message)).append('\n');
                out.write(sb.toString());
            }
        }
        out.write("papageno: " + Summary.sentence(result) + "\n");
        out.flush();
    }

    private static String command(Finding x) {
        return switch (x.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
