package dev.papageno.core.report;

import dev.papageno.core.FailPolicy;
import dev.papageno.core.rule.RuleSet;

/**
 * What a report may need besides the result.
 *
 * @param color      whether to use ANSI colours (text output to a terminal, {@code NO_COLOR} unset)
 * @param rules      the loaded rules, for formats that describe them (SARIF)
 * @param failPolicy the policy the run is judged by, for summaries
 */
public record ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy) {
}
