package dev.papageno.core.rule;

import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Block;
import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A raw match of a rule, before context filters: where it is (a block range, or a source range for
 * document-level matches), what to suggest, and the values its message may name.
 *
 * @param rule        the rule that matched
 * @param block       the block, or null for a document-level match
 * @param from        start in block-text offsets (-1 for document-level)
 * @param to          end in block-text offsets (-1 for document-level)
 * @param range       the source range
 * @param severity    a severity the rule chose for this match, or empty for the rule's own
 * @param suggestions rendered suggestions, best first
 * @param fixable     whether the first suggestion may replace the range automatically
 * @param args        values for the message template
 * @param cues        the evidence, shown with the finding
 */
public record RuleMatch(Rule rule, Block block, int from, int to, TextRange range, Optional<Severity> severity,
        List<String> suggestions, boolean fixable, Map<String, String> args, List<String> cues) {

    public RuleMatch {
        suggestions = List.copyOf(suggestions);
        args = Map.copyOf(args);
        cues = List.copyOf(cues);
    }

    /** A match in a block. */
    public static RuleMatch inBlock(Rule rule, Block block, int from, int to, List<String> suggestions,
            boolean fixable, Map<String, String> args, List<String> cues) {
        return new RuleMatch(rule, block, from, to, block.toSource(from, to), Optional.empty(), suggestions, fixable,
                args, cues);
    }

    /** A document-level match placed at a source offset (0 for the start of the document). */
    public static RuleMatch atDocument(Rule rule, int offset, Map<String, String> args, List<String> cues,
            List<String> suggestions) {
        return new RuleMatch(rule, null, -1, -1, TextRange.empty(offset), Optional.empty(), suggestions, false,
                args, cues);
    }

    public boolean isDocumentLevel() {
        return block == null;
    }

    public RuleMatch withSeverity(Severity s) {
        return new RuleMatch(rule, block, from, to, range, Optional.of(s), suggestions, fixable, args, cues);
    }
}
