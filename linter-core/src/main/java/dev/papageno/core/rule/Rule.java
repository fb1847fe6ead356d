package dev.papageno.core.rule;

import dev.papageno.core.match.PhraseSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * A compiled rule. Each rule type is one class; rules are built from rule files when they load
 * and are immutable and thread-safe afterwards.
 */
public interface Rule {

    RuleSpec spec();

    /** The phrase sets the rule reads hits of, so that one scan serves every rule. */
    default List<PhraseSet> phraseSets() {
        return List.of();
    }

    /**
     * The phrase sets whose hits make a block worth the rule's attention. Every block is scanned
     * for these; the rule's other sets ({@code unless} words, context words) are looked for only in
     * blocks where some rule found something.
     */
    default List<PhraseSet> triggerSets() {
        return phraseSets();
    }

    /**
     * Sets without a hit of which anywhere in a document the rule cannot match at all (the
     * lexicons every match must be near). They are scanned for in every block, like triggers.
     */
    default List<PhraseSet> contextSets() {
        return List.of();
    }

    /**
     * How the rule decides, in a sentence or two for {@code explain}, when that is more than its
     * summary says (a learned model, the topic reader); empty otherwise.
     */
    default java.util.Optional<String> howItDecides() {
        return java.util.Optional.empty();
    }

        /** Reports matches in a document. Context filtering and severity changes happen after this. */
    void check(DocumentContext doc, Consumer<RuleMatch> out);
}
