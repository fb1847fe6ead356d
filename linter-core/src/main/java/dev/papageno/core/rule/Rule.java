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

    /** Reports matches in a document. Context filtering and severity changes happen after this. */
    void check(DocumentContext doc, Consumer<RuleMatch> out);
}
