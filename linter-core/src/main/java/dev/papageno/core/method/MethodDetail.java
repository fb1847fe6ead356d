package dev.papageno.core.method;

import dev.papageno.core.document.Block;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.source.TextRange;
import java.util.List;

/**
 * A sentence the method model scored.
 *
 * @param block    the block that holds it
 * @param sentence the sentence, in block offsets
 * @param from     block offset where the cue words start
 * @param to       block offset where they end
 * @param range    the same span in source offsets
 * @param kind     the kind of detail the model found most likely: {@code specific}, {@code location},
 *                 {@code ease}, {@code self-harm-tools}, {@code note} or {@code generic}
 * @param score    how likely the sentence gives method detail at all, 0 to 1
 * @param cues     the cues that carried the score, with their words ("instrument: belt", "body: neck")
 * @param signals  every cue of the sentence itself, by name ("instrument", "statistics")
 */
public record MethodDetail(Block block, Sentence sentence, int from, int to, TextRange range, String kind,
        double score, List<String> cues, java.util.Set<String> signals) {
}
