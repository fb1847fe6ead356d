package dev.papageno.core.document;

import dev.papageno.core.source.TextRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One block of prose as a rule sees it: the visible text of a heading, paragraph, list item, table
 * cell or image description, with markup removed, and a map from every char back to the source.
 *
 * <p>Inline code becomes a single space so that words on either side stay apart; soft line breaks
 * become spaces. Rules work on {@link #text()}; {@link #toSource(int, int)} turns a range of it into
 * a range of the original file.
 */
public final class Block {

    private final int index;
    private final BlockKind kind;
    private final int headingLevel;
    private final int quoteDepth;
    private final boolean reference;
    private final boolean emphasized;
    private final String container;
    private final String columnHeader;
    private final String text;
    private final OffsetMap offsets;
    private final List<InlineSpan> inlines;

    Block(int index, BlockKind kind, int headingLevel, int quoteDepth, boolean reference, boolean emphasized,
            String container, String columnHeader, String text, OffsetMap offsets, List<InlineSpan> inlines) {
        this.index = index;
        this.kind = kind;
        this.headingLevel = headingLevel;
        this.quoteDepth = quoteDepth;
        this.reference = reference;
        this.emphasized = emphasized;
        this.container = container;
        this.columnHeader = columnHeader;
        this.text = text;
        this.offsets = offsets;
        this.inlines = List.copyOf(inlines);
    }

    /** Position of this block in the document, from 0. */
    public int index() {
        return index;
    }

    public BlockKind kind() {
        return kind;
    }

    /** 1 to 6 for headings, 0 otherwise. */
    public int headingLevel() {
        return headingLevel;
    }

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }

    /** How many blockquotes enclose this block. */
    public int quoteDepth() {
        return quoteDepth;
    }

    /** Whether the block is in a reference section or is itself a citation. */
    public boolean isReference() {
        return reference;
    }

    /** Whether the whole block is italic or bold, as content notes often are. */
    public boolean isEmphasized() {
        return emphasized;
    }

    /**
     * The HTML element that holds this block when it matters to rules ({@code details},
     * {@code aside}, {@code summary}); {@code null} otherwise.
     */
    public String container() {
        return container;
    }

    /** For a table cell, the text of its column's header cell; {@code null} otherwise. */
    public String columnHeader() {
        return columnHeader;
    }

    /** The visible text, markup removed. */
    public String text() {
        return text;
    }

    public List<InlineSpan> inlines() {
        return inlines;
    }

    /** The scopes this block belongs to (its kind, blockquote, reference). */
    public Set<Scope> scopes() {
        EnumSet<Scope> s = EnumSet.of(kind.scope());
        if (quoteDepth > 0) {
            s.add(Scope.BLOCKQUOTE);
        }
        if (reference) {
            s.add(Scope.REFERENCE);
        }
        return s;
    }

    /** Source offset of the char at a block-text offset. */
    public int sourceOffset(int i) {
        if (i >= text.length()) {
            return text.isEmpty() ? 0 : offsets.end(text.length() - 1);
        }
        return offsets.start(i);
    }

    /** Source range covered by the block-text range {@code [from, to)}. */
    public TextRange toSource(int from, int to) {
        if (text.isEmpty()) {
            return TextRange.empty(0);
        }
        if (from >= to) {
            int at = from < text.length() ? offsets.start(from) : offsets.end(text.length() - 1);
            return TextRange.empty(at);
        }
        return new TextRange(offsets.start(from), offsets.end(to - 1));
    }

    /** The whole block in source offsets. */
    public TextRange sourceRange() {
        return toSource(0, text.length());
    }

    /** Block-text offset of a source offset, or -1 when the source offset is not inside the block's text. */
    public int blockOffset(int sourceOffset) {
        return offsets.charAt(sourceOffset);
    }

    @Override
    public String toString() {
        return kind + "#" + index + (reference ? "[ref]" : "") + (quoteDepth > 0 ? "[q" + quoteDepth + "]" : "")
                + ": " + text;
    }
}
