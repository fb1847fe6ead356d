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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the HTML report in headless Chromium and checks, in the browser's own DOM, that each draft
 * is shown char for char and that the highlighted pieces of every finding are exactly its span.
 * Skipped only when Chromium is not installed ({@code .ci/run} installs Debian's package).
 */
class HtmlInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Walks the page's DOM and writes what is highlighted where into a {@code pre#measured}. */
    private static final String MEASURE = """
            <script>
            (function () {
              const out = [];
              document.querySelectorAll('section.file').forEach(function (sec) {
                let text = '';
                const spans = {};
                const add = function (ids, from, to) {
                  ids.split(' ').forEach(function (id) { (spans[id] = spans[id] || []).push([from, to]); });
                };
                const walker = document.createTreeWalker(sec, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode())) {
                  if (node.nodeType === Node.TEXT_NODE) {
                    if (!node.parentElement.closest('pre.draft')) { continue; }
                    const mark = node.parentElement.closest('mark[data-findings]');
                    if (mark) { add(mark.dataset.findings, text.length, text.length + node.data.length); }
                    text += node.data;
                  } else if (node.matches('mark[data-findings]') && node.textContent === '') {
                    add(node.dataset.findings, text.length, text.length);
                  }
                }
                out.push({path: sec.dataset.path, drafts: sec.querySelectorAll('pre.draft').length, text: text,
                  spans: spans});
              });
              const pre = document.createElement('pre');
              pre.id = 'measured';
              pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            })();
            </script>
            """;

    @Test
    void highlightsAreExactlyTheFindings(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        // A draft that is hard to show faithfully: a byte-order mark, CRLF line endings, markup
        // characters, an emoji before a finding, and findings in several paragraphs.
        String post = "\uFEFF# A hard year\r\n\r\nMy uncle <Sam> committed suicide in 2019 & we miss him \uD83D\uDC99."
                + "\r\nHe had lived with thoughts of suicide for years.\r\n\r\n\uD83D\uDC99 Then he committed suicide"
                + " again in my dreams.\r\n\r\nIf you need help, call 1-800-273-8255.\r\n";
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(drafts.resolve("post.md"), post, StandardCharsets.UTF_8);
        Files.writeString(drafts.resolve("clean.md"), "# Spring\n\nWe planted tomatoes.\n", StandardCharsets.UTF_8);
        Path page = dir.resolve("report.html");
        Cli.Result html = Cli.run("check", "--format", "html", "--output", page.toString(), drafts.toString());
        assertEquals(1, html.code(), html::toString);
        Cli.Result json = Cli.run("check", "--format", "json", drafts.toString());
        JsonNode report = JsonMapper.builder().build().readTree(json.out());

        String written = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(written.contains("<script") || written.contains("<link") || written.contains("src="),
                "the page must be self-contained");
        Path measured = dir.resolve("measured.html");
        Files.writeString(measured, written.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);

        Document dom = Jsoup.parse(dumpDom(measured, dir.resolve("profile")));
        JsonNode files = JsonMapper.builder().build().readTree(dom.getElementById("measured").wholeText());
        assertEquals(2, files.size());
        int checkedFindings = 0;
        for (int f = 0; f < files.size(); f++) {
            JsonNode shown = files.get(f);
            JsonNode expected = report.get("files").get(f);
            assertEquals(expected.get("path").asString(), shown.get("path").asString());
            if (expected.get("findings").isEmpty()) {
                assertEquals(0, shown.get("drafts").asInt(), "a clean draft is not shown");
                continue;
            }
            String source = post.substring(1);
            assertEquals(source, shown.get("text").asString(), "the draft is shown char for char");
            JsonNode findings = expected.get("findings");
            assertEquals(findings.size(), shown.get("spans").size(), "every finding is highlighted");
            for (int i = 0; i < findings.size(); i++) {
                JsonNode x = findings.get(i);
                String id = (f + 1) + "-" + (i + 1);
                List<int[]> pieces = new ArrayList<>();
                shown.get("spans").get(id).forEach(p -> pieces.add(new int[] {p.get(0).asInt(), p.get(1).asInt()}));
                int start = x.get("offset").asInt();
                int end = start + x.get("length").asInt();
                assertEquals(start, pieces.get(0)[0], id + " starts at its offset");
                for (int k = 1; k < pieces.size(); k++) {
                    assertEquals(pieces.get(k - 1)[1], pieces.get(k)[0], id + " has no gaps");
                }
                assertEquals(end, pieces.get(pieces.size() - 1)[1], id + " ends at its end");
                assertEquals(x.get("text").asString(), source.substring(start, end));
                checkedFindings++;
            }
        }
        assertTrue(checkedFindings >= 4, "the draft has a missing note, two stigma findings and an old number");
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
