package dev.papageno.core.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * The Universal Dependencies part-of-speech tags that the OpenNLP English model emits, and that
 * rule files name in {@code pos} keys; {@link TaggedToken#pos()} is one of their names.
 */
public enum PosTag {
    NOUN, VERB, ADJ, ADV, PROPN, PRON, DET, ADP, AUX, NUM, PART, CCONJ, SCONJ, INTJ, PUNCT, SYM, X;

    /** The tags' names, in the order above. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
