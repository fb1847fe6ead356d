package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.Linter;
import dev.papageno.serve.Linters;
import dev.papageno.serve.ReviewServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API gives what {@code papageno check --format json} gives; Word documents in {@code check}. */
class ServeAndWordTest {

    private static final String DRAFT = "# Remembering Sam\n\nSam committed suicide two years ago. We still talk"
            + " about him.\n";

    @TempDir
    Path dir;

    @Test
    void theApiAnswersExactlyTheJsonReportOfCheck() throws Exception {
        Cli.Result cli = Cli.withStdin(DRAFT, "check", "--no-config", "--format", "json", "--region", "uk",
                "--stdin-filename", "sam.md", "-");
        assertEquals(1, cli.code(), cli.toString());
        try (Linters linters = new Linters((profile, region) -> {
                    Linter.Builder b = Linter.builder();
                    profile.ifPresent(b::profile);
                    region.ifPresent(b::region);
                    return b.build();
                });
                ReviewServer server = ReviewServer.start("127.0.0.1", 0, linters, null)) {
            String body = "{\"text\":\"" + DRAFT.replace("\n", "\\n") + "\",\"name\":\"sam.md\",\"region\":\"uk\"}";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "api/check")).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(cli.out(), r.body());
        }
    }

    private Path wordDocument(String name) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Remembering Sam");
            doc.createParagraph().createRun().setText("Our neighbour committed suicide last spring.");
            doc.write(out);
            Path file = dir.resolve(name);
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    @Test
    void checkReadsWordDocumentsInFolders() throws Exception {
        wordDocument("sam.docx");
        Cli.Result r = Cli.run("check", "--no-config", "--format", "compact", dir.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("sam.docx:2:15 warning stigma/committed-suicide"), r.out());
    }

    @Test
    void fixLeavesAWordDocumentAsItIsWithANote() throws Exception {
        Path file = wordDocument("sam.docx");
        byte[] before = Files.readAllBytes(file);
        Cli.Result r = Cli.run("check", "--no-config", "--fix", file.toString());
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        assertTrue(r.err().contains("sam.docx: not changed: papageno does not rewrite this kind of file"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void aDamagedWordDocumentIsOneInputError() throws Exception {
        Path file = dir.resolve("broken.docx");
        Files.writeString(file, "not a word document");
        Cli.Result r = Cli.run("check", "--no-config", file.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("broken.docx: cannot read this Word document: it is damaged or not a .docx file"),
                r.err());
    }
}
