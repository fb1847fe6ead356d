package dev.papageno.core.rule.types;

import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shared base of the compiled rules that read blocks: it owns the rule's spec, the phrase sets
 * it reads and its {@link Triggers}, and the loop over the blocks in the rule's scopes that hold a
 * trigger (none at all when the draft lacks the words every match needs). A matcher only says what
 * to do with one such block.
 *
 * <p>A matcher that needs something computed once per document (a topic analysis, a model's
 * features) asks {@link DocumentContext#analysis} for it with a constant key.
 */
abstract class BlockRule implements Rule {

    private final RuleSpec spec;
    private final List<PhraseSet> phraseSets;
    private final Triggers triggers;

    /**
     * @param spec       the rule's common keys
     * @param phraseSets every phrase set the rule reads hits of
     * @param triggers   the sets that start a match, and those a match needs nearby
     */
    BlockRule(RuleSpec spec, List<PhraseSet> phraseSets, Triggers triggers) {
        this.spec = spec;
        this.phraseSets = List.copyOf(phraseSets);
        this.triggers = triggers;
    }

    @Override
    public final RuleSpec spec() {
        return spec;
    }

    @Override
    public final List<PhraseSet> phraseSets() {
        return phraseSets;
    }

    @Override
    public final List<PhraseSet> triggerSets() {
        return triggers.sets();
    }

    @Override
    public final List<PhraseSet> contextSets() {
        return triggers.context();
    }

    @Override
    public final void check(DocumentContext doc, Consumer<RuleMatch> out) {
        for (BlockView v : triggers.blocks(doc, spec)) {
            checkBlock(doc, v, out);
        }
    }

    /** Reports the matches in one block that holds a trigger. */
    abstract void checkBlock(DocumentContext doc, BlockView block, Consumer<RuleMatch> out);
}
