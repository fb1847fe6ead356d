package dev.papageno.lsp;

import dev.papageno.core.source.LineCol;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Between LSP positions (0-based line, 0-based character in UTF-16 units) and offsets into a
 * text. Papageno's offsets and columns count UTF-16 units too, and both break lines at CR, LF and
 * CRLF, so the two agree without any conversion of units.
 */
final class Positions {

    private Positions() {
    }

    /**
     * The offset of a position; a line past the end is the end of the text, and a character past
     * the end of its line is the end of the line, as the protocol asks.
     */
    static int offset(SourceText source, Position p) {
        int line = p.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= source.lineCount()) {
            return source.length();
        }
        int start = source.lineStart(line + 1);
        int end = source.lineEnd(line + 1);
        return Math.min(start + Math.max(0, p.getCharacter()), end);
    }

    static Position position(SourceText source, int offset) {
        LineCol lc = source.lineCol(Math.max(0, Math.min(offset, source.length())));
        return new Position(lc.line() - 1, lc.column() - 1);
    }

    static Range range(SourceText source, TextRange r) {
        return new Range(position(source, r.start()), position(source, r.end()));
    }

    static TextRange textRange(SourceText source, Range r) {
        int a = offset(source, r.getStart());
        int b = offset(source, r.getEnd());
        return new TextRange(Math.min(a, b), Math.max(a, b));
    }
}
