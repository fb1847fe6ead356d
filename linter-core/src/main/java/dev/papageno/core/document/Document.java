package dev.papageno.core.document;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.util.List;

/**
 * A parsed draft: its blocks of prose in reading order, the URLs it links to and its inline control
 * comments, all placed by offsets into the {@link SourceText}.
 */
public final class Document {

    private final SourceText source;
    private final InputFormat format;
    private final List<Block> blocks;
    private final List<LinkTarget> links;
    private final List<Directive> directives;

    Document(SourceText source, InputFormat format, List<Block> blocks, List<LinkTarget> links,
            List<Directive> directives) {
        this.source = source;
        this.format = format;
        this.blocks = List.copyOf(blocks);
        this.links = List.copyOf(links);
        this.directives = List.copyOf(directives);
    }

    public SourceText source() {
        return source;
    }

    public InputFormat format() {
        return format;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<LinkTarget> links() {
        return links;
    }

    public List<Directive> directives() {
        return directives;
    }
}
