package dev.papageno.core.nlp;

/**
 * A sentence of a block, as block-text offsets {@code [start, end)}, with its place in the block.
 *
 * @param index position of the sentence in its block, from 0
 * @param start first char in block-text offsets
 * @param end   one past the last char in block-text offsets
 */
public record Sentence(int index, int start, int end) {

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }
}
