package dev.papageno.core;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of one run: every input in path order, with counts by severity. */
public final class LintResult {

    private final List<FileResult> files;

    public LintResult(List<FileResult> files) {
        this.files = files.stream().sorted(Comparator.comparing(FileResult::path)).toList();
    }

    public List<FileResult> files() {
        return files;
    }

    public int findingCount() {
        return files.stream().mapToInt(FileResult::findingCount).sum();
    }

    /** Number of findings of each severity (every severity present, zero included). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (FileResult f : files) {
            for (Finding x : f.findings()) {
                counts.merge(x.severity(), 1, Integer::sum);
            }
            f.omitted().forEach((s, n) -> counts.merge(s, n, Integer::sum));
        }
        return counts;
    }

    /** The same result with only the findings at or above a severity. */
    public LintResult atLeast(Severity min) {
        return new LintResult(files.stream().map(f -> f.atLeast(min)).toList());
    }

    /** Number of findings that carry an automatic fix. */
    public int fixableCount() {
        return files.stream().mapToInt(f -> f.fixable().size()).sum();
    }

    /** Whether some input could not be read. */
    public boolean hasInputErrors() {
        return files.stream().anyMatch(FileResult::hasError);
    }
}
