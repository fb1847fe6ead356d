package dev.papageno.core.rule.types;

import dev.papageno.core.rule.RuleMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among the matches one rule found in one block when they overlap: the one that starts
 * first, then the longer, then the one whose variant is listed first.
 */
final class Overlaps {

    /** A match and the order of the variant that made it. */
    record Candidate(RuleMatch match, int order) {
    }

    private Overlaps() {
    }

    static List<RuleMatch> resolve(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (candidates.size() == 1) {
            return List.of(candidates.get(0).match());
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.match().from())
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.match().to()).reversed())
                .thenComparingInt(Candidate::order));
        List<RuleMatch> out = new ArrayList<>();
        int covered = -1;
        for (Candidate c : sorted) {
            if (c.match().from() >= covered) {
                out.add(c.match());
                covered = c.match().to();
            }
        }
        return out;
    }
}
