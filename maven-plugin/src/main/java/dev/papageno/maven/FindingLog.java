package dev.papageno.maven;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Summary;
import dev.papageno.core.report.Printable;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes findings to the Maven log the way a compiler writes its diagnostics: one line each,
 * {@code path:[line,column] rule-id: message (instead: ...)}, then {@code [fixable]} when
 * {@code papageno:fix} can fix it, at Maven's error, warning or info
 * level by the finding's severity. Every line goes through {@link Printable}: a file name with a
 * line break in it cannot start a log line of its own (which a CI runner could take for a command).
 */
final class FindingLog {

    private final Log log;

    FindingLog(Log log) {
        this.log = log;
    }

    /** Logs every finding and every draft that could not be read. */
    void findings(LintResult result) {
        for (FileResult f : result.files()) {
            f.error().ifPresent(e -> log.error(Printable.of(f.path() + ": " + e)));
            for (Finding x : f.findings()) {
                String line = line(f.path(), x);
                switch (x.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
    }

    /** One finding as a line. */
    static String line(String path, Finding x) {
        StringBuilder sb = new StringBuilder()
                .append(path).append(":[").append(x.line()).append(',').append(x.column()).append("] ")
                .append(x.rule()).append(": ").append(x.message());
        if (!x.suggestions().isEmpty()) {
            sb.append(" (").append(x.length() > 0 ? "instead: " : "add: ")
                    .append(String.join(" | ", x.suggestions())).append(')');
        }
        if (x.fix().isPresent()) {
            // What papageno:fix (or papageno check --fix) would change by itself.
            sb.append(" [fixable]");
        }
        return Printable.of(sb.toString());
    }

    /** {@code 3 drafts checked: 2 findings (0 errors, 2 warnings, 0 info) in 1 draft}. */
    static String summary(LintResult result) {
        long checked = result.files().stream().filter(f -> !f.hasError()).count();
        long withFindings = result.files().stream().filter(f -> !f.findings().isEmpty()).count();
        StringBuilder sb = new StringBuilder(Summary.plural(checked, "draft")).append(" checked: ");
        if (result.findingCount() == 0) {
            sb.append("no findings");
        } else {
            sb.append(Summary.plural(result.findingCount(), "finding")).append(" (").append(Summary.counts(result))
                    .append(") in ").append(Summary.plural(withFindings, "draft"));
        }
        long unreadable = result.files().stream().filter(FileResult::hasError).count();
        if (unreadable > 0) {
            sb.append("; ").append(Summary.plural(unreadable, "draft")).append(" could not be read");
        }
        return sb.toString();
    }
}
