package dev.papageno.core.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the visible text of one block and, for each char, the source range it came from.
 * Parsers feed it; it never guesses positions by searching.
 */
public final class BlockBuilder {

    private final StringBuilder text = new StringBuilder();
    private final OffsetMap offsets = new OffsetMap();
    private final List<InlineSpan> inlines = new ArrayList<>();

    private BlockKind kind;
    private int headingLevel;
    private int quoteDepth;
    private boolean emphasized;
    private String container;
    private String columnHeader;

    public BlockBuilder(BlockKind kind) {
        this.kind = kind;
    }

    public BlockBuilder kind(BlockKind kind, int headingLevel) {
        this.kind = kind;
        this.headingLevel = headingLevel;
        return this;
    }

    public BlockBuilder quoteDepth(int depth) {
        this.quoteDepth = depth;
        return this;
    }

    public BlockBuilder emphasized(boolean value) {
        this.emphasized = value;
        return this;
    }

    public BlockBuilder container(String value) {
        this.container = value;
        return this;
    }

    /** The header of the table column this cell is in. */
    public BlockBuilder columnHeader(String value) {
        this.columnHeader = value;
        return this;
    }

    public BlockKind kind() {
        return kind;
    }

    int headingLevel() {
        return headingLevel;
    }

    /** The first {@code max} chars of the text so far. */
    String prefix(int max) {
        return text.substring(0, Math.min(max, text.length()));
    }

    public int length() {
        return text.length();
    }

    public boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Appends one char, normalised for matching ({@link MatchText}): an invisible char is dropped. */
    private void push(char c, int start, int end) {
        if (c > 0x7F) {
            if (MatchText.invisible(c)) {
                return;
            }
            c = MatchText.plain(c);
        }
        text.append(c);
        offsets.add(start, end);
    }

    /** Appends source chars that appear as they are. */
    public void appendVerbatim(CharSequence source, int from, int to) {
        if (MatchText.needed(source, from, to)) {
            for (int i = from; i < to; i++) {
                push(source.charAt(i), i, i + 1);
            }
            return;
        }
        text.append(source, from, to);
        offsets.addCopied(from, to - from);
    }

    /**
     * Appends text a parser decoded from {@code source[from, to)} (entities, escapes and line
     * endings may differ), mapping each decoded char to the source chars it came from.
     */
    public void appendDecoded(String decoded, CharSequence source, int from, int to) {
        TextAligner.align(decoded, source, from, to, this::push);
    }

    /** Appends one space standing for a line break, inline code or a tag at {@code at}. */
    public void appendSeparator(int at, int end) {
        if (text.length() > 0 && text.charAt(text.length() - 1) == ' ' && offsets.end(text.length() - 1) >= at) {
            return;
        }
        push(' ', at, Math.max(at, end));
    }

    /** Marks {@code [from, length())} as covered by inline markup. */
    public void addInline(InlineSpan.Kind kind, int from) {
        if (from < text.length()) {
            inlines.add(new InlineSpan(kind, from, text.length()));
        }
    }

    /** Whether emphasis covers every non-blank char (a note written wholly in italics). */
    public boolean whollyEmphasized() {
        int first = 0;
        int last = text.length();
        while (first < last && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (first >= last) {
            return false;
        }
        for (InlineSpan s : inlines) {
            if (s.kind() != InlineSpan.Kind.LINK && s.start() <= first && s.end() >= last) {
                return true;
            }
        }
        return false;
    }

    Block build(int index, boolean reference) {
        return new Block(index, kind, headingLevel, quoteDepth, reference, emphasized || whollyEmphasized(),
                container, columnHeader, text.toString(), offsets.trimmed(), inlines);
    }
}
