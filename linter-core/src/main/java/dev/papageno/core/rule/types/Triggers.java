package dev.papageno.core.rule.types;

import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.document.Block;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.RuleSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule's keyword pass needs to know: the phrase sets that can start a match, and the ones a
 * match needs nearby. A draft with none of the first, or none of the second when every match
 * needs them, is skipped before any block is read.
 *
 * @param sets            the phrase sets that start matches
 * @param context         the phrase sets matches require nearby ({@code requires})
 * @param contextRequired whether every match requires them
 */
record Triggers(List<PhraseSet> sets, List<PhraseSet> context, boolean contextRequired) {

    Triggers {
        sets = List.copyOf(sets);
        context = List.copyOf(context);
    }

    /** The triggers of a rule whose matches are checked against these conditions (one per variant). */
    static Triggers of(List<PhraseSet> sets, List<Conditions> conditions) {
        List<PhraseSet> context = new ArrayList<>();
        boolean every = !conditions.isEmpty();
        for (Conditions c : conditions) {
            context.addAll(c.requiredSets());
            every &= c.hasRequirement();
        }
        return new Triggers(sets, context, every);
    }

    /** Whether the draft holds what a match needs; false means the rule cannot match it. */
    boolean mayMatch(DocumentContext doc) {
        return doc.anyHit(sets) && (!contextRequired || doc.anyHit(context));
    }

    /** The blocks in the rule's scopes that hold a trigger; none when the draft cannot match. */
    List<BlockView> blocks(DocumentContext doc, RuleSpec spec) {
        if (!mayMatch(doc)) {
            return List.of();
        }
        List<BlockView> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (Scopes.applies(spec, b)) {
                BlockView v = doc.view(b);
                if (v.anyHit(sets)) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
