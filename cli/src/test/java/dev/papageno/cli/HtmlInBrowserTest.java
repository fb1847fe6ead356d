package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the HTML report in headless Chromium and checks, in the browser's own DOM, that each draft
 * is shown as read (Markdown, HTML and plain text): every shown piece is the draft's own text at its
 * place, only markup and the space between blocks are left out, and the highlighted characters of
 * every finding are exactly the shown characters of its span.
 * Skipped only when Chromium is not installed ({@code .ci/run} installs Debian's package).
 */
class HtmlInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * Walks the page's DOM and writes into a {@code pre#measured}, for each draft, its shown pieces
     * ({@code data-at}, text, findings, whether a pin), its "whole draft" markers, and the text shown
     * in a draft's blocks outside any piece (which must be none).
     */
    private static final String MEASURE = """
            <script>
            (function () {
              const out = [];
              document.querySelectorAll('section.file').forEach(function (sec) {
                const pieces = [];
                let stray = '';
                const blocks = sec.querySelectorAll('.read:not(.whole)');
                blocks.forEach(function (block) {
                  block.querySelectorAll('[data-at]').forEach(function (e) {
                    pieces.push({at: Number(e.dataset.at), text: e.textContent, findings: e.dataset.findings || '',
                      pin: e.classList.contains('pin'),
                      length: e.dataset.length ? Number(e.dataset.length) : e.textContent.length});
                  });
                  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
                  let node;
                  while ((node = walker.nextNode())) {
                    if (!node.parentElement.closest('[data-at]')) { stray += node.data; }
                  }
                });
                const whole = [];
                sec.querySelectorAll('.read.whole [data-findings]').forEach(function (e) {
                  whole.push(e.dataset.findings);
                });
                const cards = [];
                sec.querySelectorAll('article.note').forEach(function (e) { cards.push(e.id); });
                out.push({path: sec.dataset.path, blocks: blocks.length, headings: sec.querySelectorAll('h3.read').length,
                  pieces: pieces, whole: whole, stray: stray, cards: cards});
              });
              const pre = document.createElement('pre');
              pre.id = 'measured';
              pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            })();
            </script>
            """;

    /** A hard Markdown draft: a byte-order mark, CRLF, markup characters, an emoji before a finding. */
    private static final String POST = "\uFEFF# A hard year\r\n\r\nMy uncle <Sam> committed suicide in 2019 & we miss"
            + " him \uD83D\uDC99.\r\nHe had lived with thoughts of suicide for years.\r\n\r\n\uD83D\uDC99 Then he"
            + " committed suicide again in my dreams.\r\n\r\nIf you need help, call 1-800-273-8255.\r\n";
    /** HTML: tags hidden, a heading, a line break, character references. */
    private static final String PAGE = "<html><body>\n<h1>After <em>the</em> funeral</h1>\n<p>My cousin"
            + " committed suicide &amp; we\n  did not talk.<br>He was a cutter, they said.</p><p>Call&nbsp;us"
            + " at 1-800-273-8255.</p>\n<!-- committed suicide --></body></html>\n";
    /** Plain text without a blank line: each line kept, findings on many lines. */
    private static final String NOTES = "He committed suicide in May.\nWe did not talk about it.\n"
            + "Nobody at school knew.\nThe house was quiet for weeks.\nPeople called him a cutter.\nNobody asked.\n"
            + "Not one teacher.\nNot one friend.\nHe committed suicide, they said.\n"
            + "Call 1-800-273-8255 if you need to.\n";

    @Test
    void highlightsAreExactlyTheFindings(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(drafts.resolve("post.md"), POST, StandardCharsets.UTF_8);
        Files.writeString(drafts.resolve("clean.md"), "# Spring\n\nWe planted tomatoes.\n", StandardCharsets.UTF_8);
        Files.writeString(drafts.resolve("page.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(drafts.resolve("notes.txt"), NOTES, StandardCharsets.UTF_8);
        Map<String, String> sources = Map.of("post.md", POST.substring(1), "page.html", PAGE, "notes.txt", NOTES);
        Path page = dir.resolve("report.html");
        Cli.Result html = Cli.run("check", "--format", "html", "--output", page.toString(), drafts.toString());
        assertEquals(1, html.code(), html::toString);
        Cli.Result json = Cli.run("check", "--format", "json", drafts.toString());
        JsonNode report = JsonMapper.builder().build().readTree(json.out());

        String written = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(written.contains("<script") || written.contains("<link") || written.contains("src="),
                "the page must be self-contained");
        assertFalse(written.contains("--fix"), "the report speaks to editors");
        Document plain = Jsoup.parse(written);
        List<org.jsoup.nodes.Element> twice = plain.select("section[data-path$=post.md]"
                + " article[data-rule=stigma/committed-suicide]");
        assertEquals(2, twice.size());
        assertEquals(1, twice.get(0).select(".why").size(), "the first card of a rule says why");
        assertTrue(twice.get(1).select(".why, .sources").isEmpty(), "a later card does not say it again");
        assertEquals("#" + twice.get(0).id(), twice.get(1).select(".same a").attr("href"));
        Path measured = dir.resolve("measured.html");
        Files.writeString(measured, written.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);

        Document dom = Jsoup.parse(dumpDom(measured, dir.resolve("profile")));
        JsonNode files = JsonMapper.builder().build().readTree(dom.getElementById("measured").wholeText());
        assertEquals(4, files.size());
        int checkedFindings = 0;
        for (int f = 0; f < files.size(); f++) {
            JsonNode shown = files.get(f);
            JsonNode expected = report.get("files").get(f);
            String path = expected.get("path").asString();
            assertEquals(path, shown.get("path").asString());
            if (expected.get("findings").isEmpty()) {
                assertEquals(0, shown.get("blocks").asInt(), "a clean draft is not shown");
                continue;
            }
            String name = Path.of(path).getFileName().toString();
            String source = sources.get(name);
            assertEquals("", shown.get("stray").asString(), name + ": every character shown is in a piece");
            boolean[] visible = visibleChars(name, source, shown.get("pieces"));
            assertOnlyMarkupHidden(name, source, visible);
            JsonNode findings = expected.get("findings");
            Set<String> whole = new HashSet<>();
            shown.get("whole").forEach(w -> whole.add(w.asString()));
            List<String> cards = new ArrayList<>();
            shown.get("cards").forEach(c -> cards.add(c.asString()));
            assertEquals(findings.size(), cards.size(), name + ": one card a finding");
            for (int i = 0; i < findings.size(); i++) {
                JsonNode x = findings.get(i);
                String id = (f + 1) + "-" + (i + 1);
                assertTrue(cards.contains("note-" + id), id + " has its card");
                int start = x.get("offset").asInt();
                int end = start + x.get("length").asInt();
                assertEquals(x.get("text").asString(), source.substring(start, end));
                boolean[] marked = new boolean[source.length()];
                boolean pinned = false;
                for (JsonNode p : shown.get("pieces")) {
                    if (!List.of(p.get("findings").asString().split(" ")).contains(id)) {
                        continue;
                    }
                    int at = p.get("at").asInt();
                    if (p.get("pin").asBoolean()) {
                        assertEquals(start, at, id + " is pinned at its place");
                        pinned = true;
                    }
                    for (int k = at; k < at + p.get("length").asInt(); k++) {
                        marked[k] = true;
                    }
                }
                boolean anyVisible = false;
                for (int k = 0; k < source.length(); k++) {
                    boolean inSpan = k >= start && k < end;
                    anyVisible |= inSpan && visible[k];
                    assertEquals(inSpan && visible[k], marked[k], id + ": char " + k + " is marked iff it is"
                            + " a shown char of the finding");
                }
                assertTrue(anyVisible || pinned || whole.contains(id), id + " is shown in place or for the whole draft");
                assertTrue(!whole.contains(id) || !anyVisible && !pinned, id + " is shown once");
                checkedFindings++;
            }
            if (name.equals("post.md") || name.equals("page.html")) {
                assertEquals(1, shown.get("headings").asInt(), name + ": its heading is shown as one");
            }
            if (name.equals("notes.txt")) {
                assertTrue(shown.get("blocks").asInt() >= 3, "a draft without blank lines is cut into rows");
            }
        }
        assertTrue(checkedFindings >= 10, "missing notes, stigma findings and old numbers: " + checkedFindings);
    }

    /** Checks each piece is the draft's text at its place, in order, and says which chars are shown. */
    private static boolean[] visibleChars(String name, String source, JsonNode pieces) {
        boolean[] visible = new boolean[source.length()];
        int reached = 0;
        for (JsonNode p : pieces) {
            int at = p.get("at").asInt();
            int length = p.get("length").asInt();
            String text = p.get("text").asString();
            assertTrue(at >= reached, name + ": the pieces are in order at " + at);
            String own = source.substring(at, at + length);
            if (length == text.length()) {
                assertEquals(own, text, name + ": the piece at " + at + " is the draft's own text");
            } else {
                assertTrue(own.matches("&#?\\w+;"), name + ": only a character reference is shown otherwise: " + own);
                assertEquals(Parser.unescapeEntities(own, false), text, name + ": " + own + " is shown as read");
            }
            for (int k = at; k < at + length; k++) {
                visible[k] = true;
            }
            reached = at + length;
        }
        return visible;
    }

    /** Only markup, front matter and space between blocks may be left out: every word is shown. */
    private static void assertOnlyMarkupHidden(String name, String source, boolean[] visible) {
        boolean[] markup = new boolean[source.length()];
        if (name.endsWith(".html")) {
            Matcher m = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL).matcher(source);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) {
                    markup[k] = true;
                }
            }
        } else if (name.endsWith(".md")) {
            Matcher m = Pattern.compile("(?m)^# ").matcher(source);
            while (m.find()) {
                markup[m.start()] = markup[m.start() + 1] = true;
            }
        }
        for (int k = 0; k < source.length(); k++) {
            assertTrue(visible[k] || markup[k] || Character.isWhitespace(source.charAt(k)),
                    name + ": char " + k + " (" + source.charAt(k) + ") is shown");
        }
    }

    private static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the process was stopped; the assertions below say so
            }
        });
        reader.start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        reader.join(10_000);
        assertTrue(finished, "Chromium did not finish in two minutes");
        assertEquals(0, p.exitValue(), "Chromium failed");
        return out.toString(StandardCharsets.UTF_8);
    }
}
