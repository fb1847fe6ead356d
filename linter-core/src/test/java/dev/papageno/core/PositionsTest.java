package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.Finding;
import dev.papageno.core.source.InputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Findings are placed exactly: line, column, offset and length, whatever markup is around. */
class PositionsTest {

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, of.size(), () -> "expected one " + rule + " finding, got " + findings);
        return of.get(0);
    }

    private static void assertAt(String text, InputFormat format, int line, int column, int offset, int length) {
        Finding f = only(TestRules.lint(text, format), "test/committed");
        assertEquals(line, f.line(), "line");
        assertEquals(column, f.column(), "column");
        assertEquals(offset, f.offset(), "offset");
        assertEquals(length, f.length(), "length");
        assertEquals(text.substring(offset, offset + length), f.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain paragraph          | He committed suicide.                      | 1 | 4  | 3  | 17",
        "emphasis                 | He *committed suicide* then.               | 1 | 5  | 4  | 17",
        "strong                   | He **committed suicide** then.             | 1 | 6  | 5  | 17",
        "emphasis inside          | He *committed* suicide.                    | 1 | 5  | 4  | 18",
        "link text                | See [he committed suicide](http://x.org).  | 1 | 9  | 8  | 17",
        "list item                | - first\\n- he committed suicide            | 2 | 6  | 13 | 17",
        "ordered list             | 1. one\\n2. he committed suicide            | 2 | 7  | 13 | 17",
        "nested blockquote        | > > he committed suicide                   | 1 | 8  | 7  | 17",
        "heading                  | ## He committed suicide                    | 1 | 7  | 6  | 17",
        "setext heading           | He committed suicide\\n===                  | 1 | 4  | 3  | 17",
        "emoji before             | 🧠 He committed suicide.                    | 1 | 7  | 6  | 17",
        "entity before            | Tom &amp; he committed suicide.            | 1 | 14 | 13 | 17",
        "escape before            | \\*He committed suicide.                    | 1 | 6  | 5  | 17",
        "soft line break          | He committed\\nsuicide.                     | 1 | 4  | 3  | 17",
        "crlf                     | Line one.\\r\\nHe committed suicide.          | 2 | 4  | 14 | 17",
        "cr only                  | Line one.\\rHe committed suicide.            | 2 | 4  | 13 | 17",
        "after front matter       | ---\\ntitle: x\\n---\\nHe committed suicide. | 4 | 4  | 20 | 17",
    })
    void markdown(String name, String text, int line, int column, int offset, int length) {
        assertAt(unescape(text), InputFormat.MARKDOWN, line, column, offset, length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "paragraph                | <p>He committed suicide.</p>                         | 1 | 7  | 6  | 17",
        "em inside                | <p>He <em>committed</em> suicide.</p>                | 1 | 11 | 10 | 22",
        "nested divs              | <div><div><p>he committed suicide</p></div></div>    | 1 | 17 | 16 | 17",
        "list item                | <ul>\\n<li>he committed suicide</li>\\n</ul>          | 2 | 8  | 12 | 17",
        "table cell               | <table><tr><td>he committed suicide</td></tr></table> | 1 | 19 | 18 | 17",
        "entity                   | <p>Tom &amp; he committed suicide</p>                | 1 | 17 | 16 | 17",
        "blockquote               | <blockquote><p>he committed suicide</p></blockquote> | 1 | 19 | 18 | 17",
        "emoji                    | <p>🧠 he committed suicide</p>                        | 1 | 10 | 9  | 17",
    })
    void html(String name, String text, int line, int column, int offset, int length) {
        assertAt(unescape(text), InputFormat.HTML, line, column, offset, length);
    }

    @Test
    void markdownTableCell() {
        assertAt("| a | b |\n|---|---|\n| x | he committed suicide |", InputFormat.MARKDOWN, 3, 10, 29, 17);
    }

    @Test
    void htmlImageAltIsLinted() {
        String html = "<p><img src=\"a.png\" alt=\"he committed suicide\"></p>";
        Finding f = only(TestRules.lint(html, InputFormat.HTML), "test/committed");
        assertEquals(html.indexOf("committed"), f.offset());
    }

    @Test
    void markdownImageAltIsLinted() {
        String md = "Look: ![he committed suicide](pic.png)";
        Finding f = only(TestRules.md(md), "test/committed");
        assertEquals(md.indexOf("committed"), f.offset());
        assertEquals(17, f.length());
    }

    @Test
    void plainTextKeepsColumnsAfterMultibyteChars() {
        String txt = "Title line\n\nCafé ☕ 🧠 — he committed suicide.\n";
        Finding f = only(TestRules.lint(txt, InputFormat.TEXT), "test/committed");
        assertEquals(3, f.line());
        assertEquals(txt.indexOf("committed"), f.offset());
        assertEquals(txt.indexOf("committed") - txt.indexOf("Café") + 1, f.column());
    }

    @Test
    void htmlBlockInsideMarkdownIsLinted() {
        String md = "Intro.\n\n<details>\n<summary>More</summary>\n<p>he committed suicide</p>\n</details>\n";
        Finding f = only(TestRules.md(md), "test/committed");
        assertEquals(md.indexOf("committed"), f.offset());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Run `he committed suicide` here.",
        "```\nhe committed suicide\n```",
        "~~~text\nhe committed suicide\n~~~",
        "    he committed suicide (indented code)",
        "---\ntitle: he committed suicide\n---\nBody text.",
        "+++\ntitle = \"he committed suicide\"\n+++\nBody text.",
        "See https://example.org/he-committed-suicide today.",
        "See <https://example.org/he-committed-suicide> today.",
        "See example.org/he-committed-suicide today.",
        "See [a link](https://example.org/he-committed-suicide).",
        "<!-- he committed suicide -->\nBody.",
        "<div title=\"he committed suicide\">Body.</div>",
        "<script>var s = 'he committed suicide';</script>",
    })
    void codeFrontMatterUrlsTagsAndCommentsGiveNothing(String text) {
        List<Finding> f = TestRules.md(text);
        assertTrue(f.isEmpty(), () -> "expected nothing, got " + f);
    }

    @Test
    void htmlCodeAndTagsGiveNothing() {
        String html = "<pre>he committed suicide</pre><code>he committed suicide</code>"
                + "<a href=\"https://x.org/he-committed-suicide\">link</a><!-- he committed suicide -->";
        assertTrue(TestRules.lint(html, InputFormat.HTML).isEmpty());
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\*", "\\*");
    }
}
