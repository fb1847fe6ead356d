package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JUnit XML, which test dashboards (Jenkins, GitLab, Azure Pipelines) show: one test case per
 * input. A case fails when the input has findings at or above the fail threshold, listing them;
 * findings below it go to the case's output; an unreadable input is an error. Times are always 0,
 * so the same input gives the same bytes.
 */
public final class JunitReporter extends AbstractReporter {

    public JunitReporter() {
        super("junit", "JUnit XML, one test case per file, for test dashboards", "xml");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        Optional<Severity> threshold = options.failPolicy().threshold();
        int tests = result.files().size();
        int failures = 0;
        int errors = 0;
        List<Split> splits = new ArrayList<>(tests);
        for (FileResult f : result.files()) {
            Split split = split(f, threshold);
            splits.add(split);
            if (f.hasError()) {
                errors++;
            } else if (!split.failing().isEmpty()) {
                failures++;
            }
        }
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"papageno\"" + counts + " time=\"0\">\n");
        out.write("  <testsuite name=\"papageno\"" + counts + " skipped=\"0\" time=\"0\">\n");
        for (int i = 0; i < tests; i++) {
            FileResult f = result.files().get(i);
            String name = Xml.escape(f.path());
            out.write("    <testcase name=\"" + name + "\" classname=\"papageno\" file=\"" + name + "\" time=\"0\"");
            List<Finding> failing = splits.get(i).failing();
            List<Finding> rest = splits.get(i).rest();
            if (!f.hasError() && f.findings().isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            if (f.error().isPresent()) {
                out.write("      <error message=\"" + Xml.escape("could not be read: " + f.error().get())
                        + "\" type=\"unreadable\"/>\n");
            }
            if (!failing.isEmpty()) {
                String msg = Summary.plural(failing.size(), "finding") + " at or above "
                        + threshold.map(Severity::id).orElse("");
                out.write("      <failure message=\"" + Xml.escape(msg) + "\" type=\""
                        + failing.get(0).severity().id() + "\">" + Xml.text(lines(failing)) + "</failure>\n");
            }
            if (!rest.isEmpty()) {
                out.write("      <system-out>" + Xml.text(lines(rest)) + "</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
        out.flush();
    }

    /** A file's findings at or above the threshold (none without one), and the others, each in order. */
    private record Split(List<Finding> failing, List<Finding> rest) {
    }

    private static Split split(FileResult f, Optional<Severity> threshold) {
        List<Finding> failing = new ArrayList<>();
        List<Finding> rest = new ArrayList<>();
        for (Finding x : f.findings()) {
            (threshold.isPresent() && x.severity().atLeast(threshold.get()) ? failing : rest).add(x);
        }
        return new Split(failing, rest);
    }

    private static String lines(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding x : findings) {
            sb.append(x.line()).append(':').append(x.column()).append(' ').append(x.severity().id()).append(' ')
                    .append(x.rule()).append(": ").append(x.message());
            if (!x.suggestions().isEmpty()) {
                sb.append(' ').append(Suggestions.line(x));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
