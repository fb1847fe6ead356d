package dev.papageno.core.document;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML through jsoup with position tracking. Scripts, styles, code and other non-prose elements
 * are skipped; {@code img alt} text becomes an image-description block; {@code a href} and
 * {@code img src} become link targets; comments are read for control directives.
 */
final class HtmlParser implements DocumentParser {

    static final HtmlParser INSTANCE = new HtmlParser();

    private static final Set<String> SKIPPED = Set.of("script", "style", "code", "pre", "template", "noscript",
            "svg", "math", "iframe", "object", "textarea", "select", "kbd", "samp", "var", "head", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "details", "summary", "blockquote", "figure", "figcaption", "caption", "dl", "dt", "dd",
            "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
            "h6", "title", "address", "center", "form", "fieldset", "legend", "hr", "body", "html");
    private static final Set<String> CONTAINERS = Set.of("details", "aside", "summary");

    private HtmlParser() {
    }

    @Override
    public Document parse(SourceText source) {
        DocumentAssembler out = new DocumentAssembler(source, InputFormat.HTML);
        parseFragment(source.text(), 0, source.length(), 0, out);
        return out.build();
    }

    /** Parses {@code src[from, to)} as HTML and adds what it finds to {@code out}. */
    static void parseFragment(String src, int from, int to, int quoteDepth, DocumentAssembler out) {
        String html = src.substring(from, to);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document doc = parser.parseInput(html, "");
        Walker w = new Walker(src, from, to, out);
        Element title = doc.head().selectFirst("title");
        if (title != null) {
            w.element(title, quoteDepth, null);
        }
        w.children(doc.body(), quoteDepth, null);
        w.flush();
        // Comments in <head> or before <html> hold directives too.
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                w.comment(c);
            }
        }
        doc.head().childNodes().forEach(n -> {
            if (n instanceof Comment c) {
                w.comment(c);
            }
        });
    }

    private static final class Walker {
        private final String src;
        private final int base;
        private final int limit;
        private final DocumentAssembler out;
        private BlockBuilder current;
        private int cursor;

        Walker(String src, int base, int limit, DocumentAssembler out) {
            this.src = src;
            this.base = base;
            this.limit = limit;
            this.out = out;
            this.cursor = base;
        }

        void children(Node parent, int quoteDepth, String container) {
            for (Node n : parent.childNodes()) {
                node(n, quoteDepth, container);
            }
        }

        private void node(Node n, int quoteDepth, String container) {
            if (n instanceof TextNode t) {
                text(t, quoteDepth, container);
            } else if (n instanceof Comment c) {
                comment(c);
            } else if (n instanceof Element e) {
                element(e, quoteDepth, container);
            }
        }

        void comment(Comment c) {
            TextRange r = range(c.sourceRange());
            if (r != null) {
                out.comment(c.getData(), r);
            }
        }

        private void text(TextNode t, int quoteDepth, String container) {
            String whole = t.getWholeText();
            if (current == null) {
                if (whole.isBlank()) {
                    return;
                }
                current = new BlockBuilder(BlockKind.PARAGRAPH).quoteDepth(quoteDepth).container(container);
            }
            TextRange r = range(t.sourceRange());
            int from = r != null ? r.start() : cursor;
            int to = r != null ? r.end() : Math.min(limit, cursor + whole.length() * 2 + 16);
            current.appendDecoded(whole, src, from, to);
            if (r != null) {
                cursor = r.end();
            }
        }

        void element(Element e, int quoteDepth, String container) {
            String tag = e.normalName().toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(tag)) {
                separator(e);
                return;
            }
            switch (tag) {
                case "img" -> {
                    image(e, quoteDepth, container);
                    return;
                }
                case "br", "wbr" -> {
                    separator(e);
                    return;
                }
                default -> {
                }
            }
            if (tag.equals("a") && e.hasAttr("href")) {
                attributeLink(e, "href");
            }
            if (!BLOCKS.contains(tag)) {
                InlineSpan.Kind kind = switch (tag) {
                    case "em", "i", "cite" -> InlineSpan.Kind.EMPHASIS;
                    case "strong", "b" -> InlineSpan.Kind.STRONG;
                    case "a" -> InlineSpan.Kind.LINK;
                    default -> null;
                };
                int from = current == null ? 0 : current.length();
                children(e, quoteDepth, container);
                if (kind != null && current != null) {
                    current.addInline(kind, from);
                }
                return;
            }
            flush();
            int depth = tag.equals("blockquote") ? quoteDepth + 1 : quoteDepth;
            String inner = CONTAINERS.contains(tag) ? tag : container;
            BlockKind kind = switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6", "title" -> BlockKind.HEADING;
                case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
                case "td", "th" -> BlockKind.TABLE_CELL;
                default -> BlockKind.PARAGRAPH;
            };
            int level = kind == BlockKind.HEADING ? (tag.equals("title") ? 1 : tag.charAt(1) - '0') : 0;
            current = new BlockBuilder(kind).kind(kind, level).quoteDepth(depth).container(inner);
            if (tag.equals("td")) {
                current.columnHeader(columnHeader(e));
            }
            children(e, depth, inner);
            flush();
        }

        private void image(Element e, int quoteDepth, String container) {
            if (e.hasAttr("src")) {
                attributeLink(e, "src");
            }
            if (e.hasAttr("alt")) {
                Range.AttributeRange ar = e.attributes().sourceRange("alt");
                TextRange r = ar == null ? null : range(ar.valueRange());
                String alt = e.attr("alt");
                if (r != null && !alt.isBlank()) {
                    BlockBuilder b = new BlockBuilder(BlockKind.IMAGE_ALT).quoteDepth(quoteDepth).container(container);
                    b.appendDecoded(alt, src, r.start(), r.end());
                    out.add(b);
                }
            }
            separator(e);
        }

        private void attributeLink(Element e, String attr) {
            Range.AttributeRange ar = e.attributes().sourceRange(attr);
            TextRange r = ar == null ? null : range(ar.valueRange());
            if (r == null) {
                r = range(e.sourceRange());
            }
            if (r != null) {
                out.link(e.attr(attr), r);
            }
        }

        private void separator(Element e) {
            if (current != null) {
                TextRange r = range(e.sourceRange());
                if (r != null) {
                    current.appendSeparator(r.start(), r.end());
                } else {
                    current.appendSeparator(cursor, cursor);
                }
            }
            TextRange end = range(e.endSourceRange());
            if (end != null) {
                cursor = end.end();
            }
        }

        /** The text of the header cell over a data cell, from the table's first row of {@code th} cells. */
        private static String columnHeader(Element td) {
            Element table = td.closest("table");
            Element row = td.parent();
            if (table == null || row == null) {
                return null;
            }
            Element first = table.selectFirst("tr");
            if (first == null || first == row) {
                return null;
            }
            int column = 0;
            for (Element sibling : row.children()) {
                if (sibling == td) {
                    break;
                }
                if (sibling.normalName().equals("td") || sibling.normalName().equals("th")) {
                    column++;
                }
            }
            int i = 0;
            for (Element h : first.children()) {
                if (h.normalName().equals("th") || h.normalName().equals("td")) {
                    if (i == column) {
                        return h.normalName().equals("th") ? h.text() : null;
                    }
                    i++;
                }
            }
            return null;
        }

        void flush() {
            if (current != null) {
                out.add(current);
                current = null;
            }
        }

        private TextRange range(Range r) {
            if (r == null || !r.isTracked()) {
                return null;
            }
            int s = base + r.startPos();
            int e = base + r.endPos();
            if (s < base || e > limit || e < s) {
                return null;
            }
            return new TextRange(s, e);
        }
    }
}
