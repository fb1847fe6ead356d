package dev.papageno.rules.accuracy;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.TextRange;
import java.util.Optional;

/**
 * A span a careful editor would flag.
 *
 * @param rule   a rule id ({@code stigma/cutter}) or a category ({@code stigma}) when any of its
 *               rules is right
 * @param range  where the words are in the draft
 * @param text   the words
 * @param atMost for a softened place (a quotation, a first-person label): the highest severity a
 *               finding may have there without being wrong; such a place is not counted in recall
 * @param note   why the span is expected, when it is not obvious
 */
public record ExpectedSpan(String rule, TextRange range, String text, Optional<Severity> atMost, String note) {

    /** The category the expectation belongs to. */
    public String category() {
        int slash = rule.indexOf('/');
        return slash < 0 ? rule : rule.substring(0, slash);
    }

    /** Whether the expectation names a category rather than one rule. */
    public boolean isCategory() {
        return rule.indexOf('/') < 0;
    }

    /** Whether a finding is of the expected rule (or category) and shares at least one char with the span. */
    public boolean matches(Finding f) {
        return (rule.equals(f.rule()) || rule.equals(f.category())) && range.overlaps(f.range());
    }

    /** Whether a finding matching this softened place is within the severity allowed there. */
    public boolean tolerates(Finding f) {
        return atMost.isPresent() && matches(f) && atMost.get().atLeast(f.severity());
    }
}
