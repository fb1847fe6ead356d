package dev.papageno.core.api;

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

    /** Every finding, file by file, each file's in offset order. */
    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    /**
     * The result of the one input a request named (a file, standard input or a text).
     *
     * @throws IllegalStateException when the result holds more or fewer inputs than one
     */
    public FileResult only() {
        if (files.size() != 1) {
            throw new IllegalStateException("a result of " + files.size() + " inputs, not one");
        }
        return files.get(0);
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
