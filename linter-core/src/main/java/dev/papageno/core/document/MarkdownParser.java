package dev.papageno.core.document;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark with GFM tables and autolinks) through commonmark-java with source spans.
 * YAML ({@code ---}) and TOML ({@code +++}) front matter is blanked out before parsing so that
 * offsets stay those of the file.
 */
final class MarkdownParser implements DocumentParser {

    static final MarkdownParser INSTANCE = new MarkdownParser();

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownParser() {
    }

    @Override
    public Document parse(SourceText source) {
        String text = source.text();
        String input = FrontMatter.blank(text);
        Node root = PARSER.parse(input);
        DocumentAssembler out = new DocumentAssembler(source, InputFormat.MARKDOWN);
        new Walker(text, out).blocks(root, 0, false);
        return out.build();
    }

    /** One walk over one parsed tree. */
    private static final class Walker {
        private final String src;
        private final DocumentAssembler out;
        /** Source offset just after the last char mapped, for nodes without a source span. */
        private int cursor;

        Walker(String src, DocumentAssembler out) {
            this.src = src;
            this.out = out;
        }

        void blocks(Node parent, int quoteDepth, boolean inListItem) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n, quoteDepth, inListItem);
            }
        }

        private void block(Node n, int quoteDepth, boolean inListItem) {
            if (n instanceof Heading h) {
                prose(n, new BlockBuilder(BlockKind.HEADING).kind(BlockKind.HEADING, h.getLevel()), quoteDepth);
            } else if (n instanceof Paragraph) {
                prose(n, new BlockBuilder(inListItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH), quoteDepth);
            } else if (n instanceof BlockQuote) {
                blocks(n, quoteDepth + 1, inListItem);
            } else if (n instanceof ListItem) {
                blocks(n, quoteDepth, true);
            } else if (n instanceof TableBlock) {
                cells(n, quoteDepth);
            } else if (n instanceof HtmlBlock) {
                TextRange r = range(n);
                if (r != null) {
                    HtmlParser.parseFragment(src, r.start(), r.end(), quoteDepth, out);
                }
            } else if (n instanceof LinkReferenceDefinition def) {
                TextRange r = range(n);
                if (r != null) {
                    out.link(def.getDestination(), destinationIn(r.start(), r.end(), "]:"));
                }
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                return;
            } else {
                blocks(n, quoteDepth, inListItem);
            }
        }

        /** Table cells, each knowing the header of its column. */
        private void cells(Node table, int quoteDepth) {
            List<String> headers = new java.util.ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                boolean head = section instanceof TableHead;
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    int column = 0;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (!(cell instanceof TableCell)) {
                            continue;
                        }
                        BlockBuilder b = new BlockBuilder(BlockKind.TABLE_CELL);
                        if (!head && column < headers.size()) {
                            b.columnHeader(headers.get(column));
                        }
                        prose(cell, b, quoteDepth);
                        if (head) {
                            headers.add(b.prefix(200).strip());
                        }
                        column++;
                    }
                }
            }
        }

        private void prose(Node n, BlockBuilder b, int quoteDepth) {
            b.quoteDepth(quoteDepth);
            TextRange r = range(n);
            if (r != null) {
                cursor = r.start();
            }
            inlines(n, b, quoteDepth);
            out.add(b);
        }

        private void inlines(Node parent, BlockBuilder b, int quoteDepth) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n, b, quoteDepth);
            }
        }

        private void inline(Node n, BlockBuilder b, int quoteDepth) {
            TextRange r = range(n);
            if (n instanceof Text t) {
                String literal = t.getLiteral();
                int from = r != null ? r.start() : cursor;
                int to = r != null ? r.end() : Math.min(src.length(), cursor + literal.length() * 2 + 16);
                b.appendDecoded(literal, src, from, to);
                cursor = r != null ? r.end() : Math.min(src.length(), cursor + literal.length());
            } else if (n instanceof Code) {
                separator(b, r);
            } else if (n instanceof Emphasis) {
                int from = b.length();
                inlines(n, b, quoteDepth);
                b.addInline(InlineSpan.Kind.EMPHASIS, from);
            } else if (n instanceof StrongEmphasis) {
                int from = b.length();
                inlines(n, b, quoteDepth);
                b.addInline(InlineSpan.Kind.STRONG, from);
            } else if (n instanceof Link link) {
                link(link, r, b, quoteDepth);
            } else if (n instanceof Image img) {
                image(img, r, quoteDepth);
                separator(b, r);
            } else if (n instanceof HtmlInline html) {
                String lit = html.getLiteral();
                if (lit.startsWith("<!--") && r != null) {
                    out.comment(stripComment(lit), r);
                }
                if (joinsWords(lit)) {
                    // commit<b>ted</b> is one word, as an HTML file has it
                    if (r != null) {
                        cursor = r.end();
                    }
                } else {
                    separator(b, r);
                }
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                separator(b, r);
            } else {
                inlines(n, b, quoteDepth);
            }
        }

        private void link(Link link, TextRange r, BlockBuilder b, int quoteDepth) {
            String dest = link.getDestination();
            Node only = link.getFirstChild();
            boolean autolink = only != null && only.getNext() == null && only instanceof Text t
                    && (t.getLiteral().equals(dest) || dest.equals("mailto:" + t.getLiteral())
                        || dest.endsWith("//" + t.getLiteral()));
            if (autolink) {
                TextRange textRange = range(only);
                out.link(dest, textRange != null ? textRange : (r != null ? r : TextRange.empty(cursor)));
                separator(b, r);
                if (r != null) {
                    cursor = r.end();
                }
                return;
            }
            int from = b.length();
            inlines(link, b, quoteDepth);
            b.addInline(InlineSpan.Kind.LINK, from);
            if (r != null) {
                int textEnd = link.getLastChild() != null && range(link.getLastChild()) != null
                        ? range(link.getLastChild()).end() : r.start();
                out.link(dest, destinationIn(textEnd, r.end(), "]("));
                cursor = r.end();
            }
        }

        private void image(Image img, TextRange r, int quoteDepth) {
            BlockBuilder alt = new BlockBuilder(BlockKind.IMAGE_ALT).quoteDepth(quoteDepth);
            int saved = cursor;
            if (r != null) {
                cursor = r.start();
            }
            inlines(img, alt, quoteDepth);
            out.add(alt);
            if (r != null) {
                int textEnd = img.getLastChild() != null && range(img.getLastChild()) != null
                        ? range(img.getLastChild()).end() : r.start();
                out.link(img.getDestination(), destinationIn(textEnd, r.end(), "]("));
                cursor = r.end();
            } else {
                cursor = saved;
            }
        }

        /** Where a destination sits after a marker ("](" or "]:") inside {@code [from, to)}. */
        private TextRange destinationIn(int from, int to, String marker) {
            int m = src.indexOf(marker, from);
            if (m < 0 || m >= to) {
                return new TextRange(from, to);
            }
            int s = m + marker.length();
            while (s < to && (Character.isWhitespace(src.charAt(s)) || src.charAt(s) == '<')) {
                s++;
            }
            int e = s;
            while (e < to && !Character.isWhitespace(src.charAt(e)) && src.charAt(e) != '>'
                    && !(src.charAt(e) == ')' && marker.equals("](") && balanced(s, e))) {
                e++;
            }
            return new TextRange(s, e);
        }

        private boolean balanced(int from, int to) {
            int depth = 0;
            for (int i = from; i < to; i++) {
                if (src.charAt(i) == '(') {
                    depth++;
                } else if (src.charAt(i) == ')') {
                    depth--;
                }
            }
            return depth <= 0;
        }

        private void separator(BlockBuilder b, TextRange r) {
            if (r != null) {
                b.appendSeparator(r.start(), r.end());
                cursor = r.end();
            } else {
                b.appendSeparator(cursor, cursor);
            }
        }

        /** The source range of a node, or {@code null} when the parser did not track it. */
        private TextRange range(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans == null || spans.isEmpty()) {
                return null;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int start = first.getInputIndex();
            int end = last.getInputIndex() + last.getLength();
            if (start < 0 || end > src.length() || end < start) {
                return null;
            }
            return new TextRange(start, end);
        }
    }

    /** Inline elements whose tags sit inside words, as in HTML: they never separate words. */
    private static final java.util.Set<String> PHRASING = java.util.Set.of("a", "abbr", "b", "bdi", "bdo", "cite",
            "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    /** Whether an inline HTML tag is the opening or closing tag of a phrasing element ({@code <b>}, {@code </em>}). */
    static boolean joinsWords(String tag) {
        if (!tag.startsWith("<") || tag.startsWith("<!")) {
            return false;
        }
        int i = tag.startsWith("</") ? 2 : 1;
        int j = i;
        while (j < tag.length() && Character.isLetterOrDigit(tag.charAt(j))) {
            j++;
        }
        return j > i && PHRASING.contains(tag.substring(i, j).toLowerCase(java.util.Locale.ROOT));
    }

    static String stripComment(String literal) {
        String s = literal;
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        return s;
    }
}
