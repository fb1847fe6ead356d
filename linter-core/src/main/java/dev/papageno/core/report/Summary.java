package dev.papageno.core.report;

import dev.papageno.core.FileResult;
import dev.papageno.core.LintResult;
import dev.papageno.core.Severity;
import java.util.Map;

/** The one-sentence summary of a run that the people-facing formats end with. */
final class Summary {

    private Summary() {
    }

    /** For example "4 findings in 1 of 2 files: 0 errors, 4 warnings, 0 info. 3 can be fixed with --fix." */
    static String sentence(LintResult result) {
        int total = result.findingCount();
        int checked = (int) result.files().stream().filter(f -> !f.hasError()).count();
        int withFindings = (int) result.files().stream().filter(f -> !f.findings().isEmpty()).count();
        long unreadable = result.files().stream().filter(FileResult::hasError).count();
        String filesWord = checked == 1 ? "file" : "files";
        StringBuilder sb = new StringBuilder();
        if (total == 0) {
            sb.append("No findings in ").append(checked).append(' ').append(filesWord).append('.');
        } else {
            Map<Severity, Integer> c = result.countsBySeverity();
            sb.append(plural(total, "finding")).append(" in ").append(withFindings).append(" of ").append(checked)
                    .append(' ').append(filesWord).append(": ")
                    .append(plural(c.get(Severity.ERROR), "error")).append(", ")
                    .append(plural(c.get(Severity.WARNING), "warning")).append(", ")
                    .append(c.get(Severity.INFO)).append(" info.");
            int fixable = result.fixableCount();
            if (fixable > 0) {
                String which = fixable < total ? String.valueOf(fixable) : total == 1 ? "It" : "All of them";
                sb.append(' ').append(which).append(" can be fixed with --fix.");
            }
        }
        if (unreadable > 0) {
            sb.append(' ').append(unreadable).append(unreadable == 1 ? " input" : " inputs")
                    .append(" could not be read.");
        }
        return sb.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
