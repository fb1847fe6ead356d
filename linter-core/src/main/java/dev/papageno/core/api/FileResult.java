package dev.papageno.core.api;

import dev.papageno.core.source.SourceText;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What linting one input gave: its findings in order, or the reason it could not be read.
 *
 * @param path     the path as the user gave it (or {@code <stdin>})
 * @param findings ordered by offset, then rule id
 * @param error    why the input could not be linted, when it could not
 * @param source   the decoded input, for reports that show lines and for fixes
 */
public record FileResult(String path, List<Finding> findings, Optional<String> error, Optional<SourceText> source) {

    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::offset)
            .thenComparing(Finding::rule)
            .thenComparingInt(Finding::length);

    public FileResult {
        findings = findings.stream().sorted(ORDER).toList();
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
        return new FileResult(path, other, error, source);
    }

    /** The findings that carry an automatic fix. */
    public List<Finding> fixable() {
        return findings.stream().filter(f -> f.fix().isPresent()).toList();
    }
}
