package dev.papageno.core.api;

import java.util.Optional;

/**
 * Decides whether a run fails: when a finding is at or above the threshold, or when there are more
 * findings than allowed. Both front ends use this, so the CLI and the Maven plugin always agree.
 *
 * @param threshold   the lowest severity that fails; empty means findings never fail
 * @param maxFindings fail when there are more findings than this (of any severity); empty for no limit
 */
public record FailPolicy(Optional<Severity> threshold, Optional<Integer> maxFindings) {

    /** The default: warnings and errors fail, no limit on count. */
    public static final FailPolicy DEFAULT = new FailPolicy(Optional.of(Severity.WARNING), Optional.empty());

    /**
     * Parses a threshold word: {@code error}, {@code warning}, {@code info} or {@code none}.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Optional<Severity> parseThreshold(String word) {
        if (word.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(Severity.byId(word).orElseThrow(() -> new IllegalArgumentException(
                ConfigException.quote(word) + " is not a fail threshold; use error, warning, info or none")));
    }

    public FailPolicy withThreshold(Optional<Severity> t) {
        return new FailPolicy(t, maxFindings);
    }

    public FailPolicy withMaxFindings(Optional<Integer> max) {
        return new FailPolicy(threshold, max);
    }

    /** Why the run fails, or empty when it passes. */
    public Optional<String> failureReason(LintResult result) {
        if (threshold.isPresent()) {
            Severity t = threshold.get();
            long at = result.countsBySeverity().entrySet().stream().filter(e -> e.getKey().atLeast(t))
                    .mapToLong(e -> e.getValue()).sum();
            if (at > 0) {
                return Optional.of(Summary.plural(at, "finding") + " at or above " + t.id());
            }
        }
        if (maxFindings.isPresent() && result.findingCount() > maxFindings.get()) {
            return Optional.of(result.findingCount() + " findings, more than the " + maxFindings.get() + " allowed");
        }
        return Optional.empty();
    }

    public boolean fails(LintResult result) {
        return failureReason(result).isPresent();
    }
}
