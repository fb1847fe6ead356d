package dev.papageno.core.match;

/**
 * Where an entry of a {@link PhraseSet} matched in a block.
 *
 * @param entry      the matching entry
 * @param firstToken index of the first word in the block's {@code WordTokens}
 * @param lastToken  index of the last word (inclusive)
 * @param start      first char, block-text offsets
 * @param end        one past the last char, block-text offsets
 */
public record PhraseHit(PhraseSet.Entry entry, int firstToken, int lastToken, int start, int end) {

    public int tokenCount() {
        return lastToken - firstToken + 1;
    }
}
