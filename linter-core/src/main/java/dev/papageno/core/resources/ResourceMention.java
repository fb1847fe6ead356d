package dev.papageno.core.resources;

import dev.papageno.core.document.Block;
import dev.papageno.core.source.TextRange;

/**
 * A place where a draft gives a help line: a number, a text line, an address, an e-mail address
 * or a service name.
 *
 * @param resource the entry it refers to
 * @param kind     how the draft refers to it
 * @param block    the block holding it, or null for a link destination
 * @param from     start in block-text offsets, or -1 for a link destination
 * @param to       end in block-text offsets, or -1 for a link destination
 * @param range    the source range
 * @param written  the words as the draft has them
 */
public record ResourceMention(CrisisResource resource, Kind kind, Block block, int from, int to, TextRange range,
        String written) {

    /** How a draft refers to a resource. */
    public enum Kind {
        PHONE,
        TEXT,
        URL,
        EMAIL,
        NAME
    }

    /** Whether the mention is in a link destination rather than in the prose. */
    public boolean inLink() {
        return block == null;
    }
}
