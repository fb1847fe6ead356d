package dev.papageno.core.report;

import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.rule.RuleSet;

/**
 * What a report may need besides the result.
 *
 * @param color      whether to use ANSI colours (text output to a terminal, {@code NO_COLOR} unset)
 * @param rules      the loaded rules, for formats that describe them (SARIF)
 * @param failPolicy the policy the run is judged by, for summaries and formats that mark failures
 * @param width      the width of the terminal to wrap messages at, or 0 not to wrap
 */
public record ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy, int width) {

    /** Options that do not wrap. */
    public ReportOptions(boolean color, RuleSet rules, FailPolicy failPolicy) {
        this(color, rules, failPolicy, 0);
    }
}
