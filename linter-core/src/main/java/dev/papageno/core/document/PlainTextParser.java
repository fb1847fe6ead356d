package dev.papageno.core.document;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;

/**
 * Plain text. Each non-empty line is a block, and blank lines separate blocks. A short line with no
 * closing punctuation that is followed by text is a heading, so "Supporting Research" opens a
 * reference section. A hard-wrapped paragraph (a line that stops mid-sentence, followed by a line
 * that starts in lower case) stays one block. Lines that hold only an HTML comment are read for
 * control directives and are not prose.
 */
final class PlainTextParser implements DocumentParser {

    static final PlainTextParser INSTANCE = new PlainTextParser();

    private static final int HEADING_MAX_CHARS = 80;
    private static final int HEADING_MAX_WORDS = 10;

    private PlainTextParser() {
    }

    @Override
    public Document parse(SourceText source) {
        DocumentAssembler out = new DocumentAssembler(source, InputFormat.TEXT);
        int lines = source.lineCount();
        String text = source.text();
        BlockBuilder current = null;
        for (int line = 1; line <= lines; line++) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            String content = text.substring(start, end);
            String stripped = content.strip();
            if (stripped.isEmpty()) {
                if (current != null) {
                    out.add(current);
                    current = null;
                }
                continue;
            }
            if (stripped.startsWith("<!--") && stripped.endsWith("-->")) {
                if (current != null) {
                    out.add(current);
                    current = null;
                }
                int s = start + content.indexOf("<!--");
                int e = start + content.lastIndexOf("-->") + 3;
                out.comment(MarkdownParser.stripComment(stripped), new TextRange(s, e));
                continue;
            }
            if (current != null && continues(current, stripped)) {
                current.appendSeparator(source.lineEnd(line - 1), start);
                current.appendVerbatim(text, start, end);
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            boolean heading = endsLikeAHeading(stripped) && mayBeHeading(stripped)
                    && isHeading(stripped, nextNonEmptyLine(source, line));
            BlockKind kind = heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
            current = new BlockBuilder(kind).kind(kind, kind == BlockKind.HEADING ? 2 : 0);
            current.appendVerbatim(text, start, end);
        }
        if (current != null) {
            out.add(current);
        }
        return out.build();
    }

    private static boolean continues(BlockBuilder current, String line) {
        if (current.kind() == BlockKind.HEADING) {
            return false;
        }
        char first = line.charAt(0);
        return Character.isLowerCase(first);
    }

    private static String nextNonEmptyLine(SourceText source, int line) {
        if (line < source.lineCount()) {
            return source.lineText(line + 1).strip();
        }
        return "";
    }

    private static boolean endsLikeAHeading(String line) {
        return ".!?:;,\"”'’)]…*".indexOf(line.charAt(line.length() - 1)) < 0
                || (line.length() < 40 && DocumentAssembler.isReferenceHeading(line));
    }

    /** Short enough to be a heading: the cheap test, before looking at the next line. */
    static boolean mayBeHeading(String line) {
        if (line.length() > HEADING_MAX_CHARS) {
            return false;
        }
        int words = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words <= HEADING_MAX_WORDS;
    }

    static boolean isHeading(String line, String next) {
        if (next.isEmpty() && !DocumentAssembler.isReferenceHeading(line)) {
            return false;
        }
        if (!mayBeHeading(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?:;,\"”'’)]…*".indexOf(last) >= 0) {
            return false;
        }
        return Character.isLetterOrDigit(line.charAt(0)) || line.charAt(0) == '#';
    }
}
