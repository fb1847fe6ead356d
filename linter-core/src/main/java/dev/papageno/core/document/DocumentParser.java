package dev.papageno.core.document;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;

/** Turns a source into a {@link Document}. Implementations are stateless and thread-safe. */
public interface DocumentParser {

    Document parse(SourceText source);

    /** The parser for a format. */
    static DocumentParser forFormat(InputFormat format) {
        return switch (format) {
            case MARKDOWN -> MarkdownParser.INSTANCE;
            case HTML -> HtmlParser.INSTANCE;
            case TEXT -> PlainTextParser.INSTANCE;
        };
    }
}
