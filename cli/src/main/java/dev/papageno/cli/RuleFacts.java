package dev.papageno.cli;

import dev.papageno.core.rule.RuleSpec;

/** Facts about a rule that the listing and the explanation both show. */
final class RuleFacts {

    private RuleFacts() {
    }

    /**
     * Whether {@code --fix} can fix the rule's findings: it must offer a fix, and a document-level
     * rule (a missing content note) never can, since what to add and where is the writer's call.
     */
    static boolean fixable(RuleSpec s) {
        return s.fixable() && !s.type().equals("document");
    }
}
