package dev.papageno.core.api;

import dev.papageno.core.source.SourceText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What linting one input gave: its findings in order, or the reason it could not be read.
 *
 * @param path     the path as the user gave it (or {@code <stdin>})
 * @param findings ordered by offset, then rule id
 * @param error    why the input could not be linted, when it could not
 * @param source   the decoded input, for reports that show lines and for fixes
 * @param omitted  findings found but not kept, by severity: only the first 10,000 of a file are
 *                 kept, and the summary and fail policy count the others too
 */
public record FileResult(String path, List<Finding> findings, Optional<String> error, Optional<SourceText> source,
        Map<Severity, Integer> omitted) {

    /** Report order: offset, then rule id, then length. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::offset)
            .thenComparing(Finding::rule)
            .thenComparingInt(Finding::length);

    public FileResult {
        findings = findings.stream().sorted(ORDER).toList();
        omitted = Map.copyOf(omitted);
    }

    /** A result with every finding kept. */
    public FileResult(String path, List<Finding> findings, Optional<String> error, Optional<SourceText> source) {
        this(path, findings, error, source, Map.of());
    }

    /** A result of which only some findings were kept. */
    public static FileResult ok(String path, List<Finding> findings, Map<Severity, Integer> omitted,
            SourceText source) {
        return new FileResult(path, findings, Optional.empty(), Optional.of(source), omitted);
    }

    /** How many findings were found but not kept. */
    public int omittedCount() {
        return omitted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every finding found, kept or not. */
    public int findingCount() {
        return findings.size() + omittedCount();
    }

    /** The same input with only the findings at or above a severity, kept or counted. */
    public FileResult atLeast(Severity min) {
        Map<Severity, Integer> o = new java.util.EnumMap<>(Severity.class);
        omitted.forEach((s, n) -> {
            if (s.atLeast(min)) {
                o.put(s, n);
            }
        });
        return new FileResult(path, findings.stream().filter(x -> x.severity().atLeast(min)).toList(), error, source,
                o);
    }

    public static FileResult ok(String path, List<Finding> findings, SourceText source) {
        return new FileResult(path, findings, Optional.empty(), Optional.of(source));
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, List.of(), Optional.of(error), Optional.empty());
    }

    public boolean hasError() {
        return error.isPresent();
    }

    /** The same input with other findings (kept in order). */
    public FileResult withFindings(List<Finding> other) {
        return new FileResult(path, other, error, source, omitted);
    }

    /** The same input without its draft: what a run keeps of an input it has reported already. */
    public FileResult withoutSource() {
        return new FileResult(path, findings, error, Optional.empty(), omitted);
    }

    /** The findings that carry an automatic fix. */
    public List<Finding> fixable() {
        return findings.stream().filter(f -> f.fix().isPresent()).toList();
    }
}
