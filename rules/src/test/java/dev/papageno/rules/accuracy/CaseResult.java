package dev.papageno.rules.accuracy;

import dev.papageno.core.api.Finding;
import java.util.List;

/**
 * What linting one case gave.
 *
 * @param fixture  the case
 * @param findings every finding, of every rule
 * @param notes    how the run departed from the case, such as a region the data does not know yet
 */
public record CaseResult(AccuracyCase fixture, List<Finding> findings, List<String> notes) {

    public CaseResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
