package dev.papageno.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.report.JsonReporter;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.source.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {

    static final String DRAFT = "# A hard year\n\nMy uncle committed suicide in March.\n\nWe miss him every day.\n";

    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The JSON report the core's reporter gives for this draft, as papageno check writes it. */
    private static String reportOf(String name, String text, InputFormat format) throws Exception {
        Linter linter = fixture.linters.get(java.util.Optional.empty(), java.util.Optional.empty());
        StringWriter out = new StringWriter();
        new JsonReporter().write(linter.lint(LintRequest.text(name, text, format)),
                new ReportOptions(false, linter.rules(), linter.failPolicy(), 0, null), out);
        return out.toString();
    }

    @Test
    void checkAnswersTheJsonReport() throws Exception {
        HttpResponse<String> r = fixture.postJson("/api/check", "{\"text\":" + json(DRAFT)
                + ",\"format\":\"markdown\",\"name\":\"uncle.md\"}");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(reportOf("uncle.md", DRAFT, InputFormat.MARKDOWN), r.body());
        assertTrue(r.body().contains("\"text\" : \"committed suicide\"") || r.body().contains("committed suicide"));
    }

    @Test
    void viewAnswersTheReportTheVerdictAndTheDraftAsRead() throws Exception {
        String draft = "---\ntitle: A hard year\n---\n\n# A hard year\n\nMy uncle **committed suicide** in"
                + " [March](https://example.org).\n\nWe miss him every day.\n";
        HttpResponse<String> r = fixture.postJson("/api/view", "{\"text\":" + json(draft)
                + ",\"format\":\"markdown\",\"name\":\"uncle.md\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = JsonMapper.builder().build().readTree(r.body());
        JsonNode report = JsonMapper.builder().build().readTree(reportOf("uncle.md", draft, InputFormat.MARKDOWN));
        assertEquals(report, answer.get("report"), "the report is that of /api/check");
        assertTrue(answer.get("verdict").get("text").asString().endsWith(": fix before publishing."), r.body());
        JsonNode blocks = answer.get("view").get("blocks");
        List<String> shown = new ArrayList<>();
        for (JsonNode b : blocks) {
            StringBuilder text = new StringBuilder(b.get("heading").asBoolean() ? "# " : "");
            for (JsonNode p : b.get("pieces")) {
                text.append(p.get("text").asString());
                if (p.get("kind").asString().equals("mark")) {
                    JsonNode finding = report.get("files").get(0).get("findings").get(p.get("findings").get(0).asInt());
                    assertEquals(finding.get("text").asString(), p.get("text").asString());
                    assertEquals(finding.get("offset").asInt(), p.get("at").asInt());
                }
            }
            shown.add(text.toString());
        }
        assertEquals(List.of("# A hard year", "My uncle committed suicide in March.", "We miss him every day."), shown);
    }

    @Test
    void fixAnswersTheFixedText() throws Exception {
        HttpResponse<String> r = fixture.postJson("/api/fix", "{\"text\":" + json(DRAFT) + ",\"format\":\"markdown\"}");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("My uncle died by suicide in March."), r.body());
        assertTrue(r.body().contains("We miss him every day."), r.body());
    }

    @Test
    void aWordDocumentUploadIsCheckedParagraphByParagraph() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("A hard year");
            doc.createParagraph().createRun().setText("My uncle committed suicide in March.");
            doc.write(out);
            docx = out.toByteArray();
        }
        String boundary = "----papagenoBoundary42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"uncle.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(docx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = fixture.post("/api/check", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(reportOf("uncle.docx", "A hard year\nMy uncle committed suicide in March.\n", InputFormat.TEXT),
                r.body());
        HttpResponse<String> text = fixture.post("/api/text", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertEquals("A hard year\nMy uncle committed suicide in March.\n", text.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{bad|the body is not valid JSON|",
        "[1, 2]|the body must be a JSON object with a \"text\" field|",
        "{\"format\":\"markdown\"}|missing \"text\": the draft to check|text",
        "{\"text\":\"hi\",\"format\":\"docx\"}|unknown format \"docx\"; use markdown, html or text|format",
        "{\"text\":\"hi\",\"profile\":\"poetry\"}|unknown profile \"poetry\"|profile",
        "{\"text\":\"hi\",\"region\":\"zz\"}|unknown region \"zz\"|region",
        "{\"text\":42}|\"text\" must be a string|text",
        "{\"text\":\"hi\",\"colour\":\"red\"}|unknown field \"colour\"|colour",
    })
    void aBadRequestIs400WithAnErrorNamingTheField(String body, String error, String field) throws Exception {
        HttpResponse<String> r = fixture.postJson("/api/check", body);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{\"error\":\"" + error.replace("\"", "\\\"")), r.body());
        assertEquals(field != null, r.body().contains("\"field\":\"" + field + "\""), r.body());
    }

    @Test
    void aBodyOver5MegabytesIs413() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = fixture.post("/api/check", "application/json", big);
        assertEquals(413, r.statusCode());
        assertEquals("{\"error\":\"the body is larger than 5 MB\"}\n", r.body());
    }

    @Test
    void otherMethodsAre405AndOtherPaths404() throws Exception {
        assertEquals(405, fixture.send("GET", "/api/check").statusCode());
        assertEquals(405, fixture.send("DELETE", "/api/fix").statusCode());
        assertEquals(405, fixture.send("POST", "/").statusCode());
        assertEquals(404, fixture.send("GET", "/api/other").statusCode());
        assertEquals(404, fixture.send("GET", "/secret.txt").statusCode());
        HttpResponse<String> page = fixture.send("GET", "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<textarea id=\"draft\""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void concurrentRequestsEachGetTheirOwnReport() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = "draft-" + i + ".md";
                String text = DRAFT + "\nPart " + i + ".\n";
                answers.add(pool.submit(() -> {
                    HttpResponse<String> r = fixture.postJson("/api/check", "{\"text\":" + json(text)
                            + ",\"name\":\"" + name + "\"}");
                    return r.statusCode() == 200 && r.body().equals(reportOf(name, text, InputFormat.MARKDOWN));
                }));
            }
            for (Future<Boolean> f : answers) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
