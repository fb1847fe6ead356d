package dev.papageno.core.rule.types;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.Scope;
import dev.papageno.core.rule.RuleSpec;

/** Whether a rule looks at a block, given the rule's {@code scope} list. */
final class Scopes {

    private Scopes() {
    }

    static boolean applies(RuleSpec spec, Block block) {
        if (spec.scopes().isEmpty()) {
            return true;
        }
        for (Scope s : block.scopes()) {
            if (spec.scopes().contains(s)) {
                return true;
            }
        }
        return spec.scopes().contains(Scope.LINK_TEXT) && !block.inlines().isEmpty();
    }
}
