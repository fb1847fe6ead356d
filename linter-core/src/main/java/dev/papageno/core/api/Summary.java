package dev.papageno.core.api;

import java.util.Map;

/** The one-sentence summary of a run that the people-facing formats end with, and its counting words. */
public final class Summary {

    private Summary() {
    }

    /** For example "4 findings in 1 of 2 files: 0 errors, 4 warnings, 0 info. 3 can be fixed with --fix." */
    public static String sentence(LintResult result) {
        int total = result.findingCount();
        int checked = (int) result.files().stream().filter(f -> !f.hasError()).count();
        int withFindings = (int) result.files().stream().filter(f -> !f.findings().isEmpty()).count();
        long unreadable = result.files().stream().filter(FileResult::hasError).count();
        String filesWord = checked == 1 ? "file" : "files";
        StringBuilder sb = new StringBuilder();
        if (total == 0) {
            sb.append("No findings in ").append(checked).append(' ').append(filesWord).append('.');
        } else {
            sb.append(plural(total, "finding")).append(" in ").append(withFindings).append(" of ").append(checked)
                    .append(' ').append(filesWord).append(": ").append(counts(result)).append('.');
            int fixable = result.fixableCount();
            if (fixable > 0) {
                String which = fixable < total ? String.valueOf(fixable) : total == 1 ? "It" : "All of them";
                sb.append(' ').append(which).append(" can be fixed with --fix.");
            }
        }
        if (unreadable > 0) {
            sb.append(' ').append(plural(unreadable, "input")).append(" could not be read.");
        }
        return sb.toString();
    }

    /** The run's findings by severity, for example "0 errors, 4 warnings, 0 info". */
    public static String counts(LintResult result) {
        Map<Severity, Integer> c = result.countsBySeverity();
        return plural(c.get(Severity.ERROR), "error") + ", " + plural(c.get(Severity.WARNING), "warning") + ", "
                + c.get(Severity.INFO) + " info";
    }

    /** A count and a word that takes an s for any count but one: "1 finding", "0 findings". */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
