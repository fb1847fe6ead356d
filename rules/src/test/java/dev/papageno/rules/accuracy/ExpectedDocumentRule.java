package dev.papageno.rules.accuracy;

import dev.papageno.core.api.Severity;
import java.util.Optional;

/**
 * A document-level rule a case expects to fire ({@code trigger-warning/missing}).
 *
 * @param rule   the rule id
 * @param atMost when set, the rule may fire up to this severity without being wrong, and need not fire
 * @param note   why, when it is not obvious
 */
public record ExpectedDocumentRule(String rule, Optional<Severity> atMost, String note) {
}
