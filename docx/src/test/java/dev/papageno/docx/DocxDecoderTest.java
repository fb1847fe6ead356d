package dev.papageno.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxDecoderTest {

    private static Linter linter;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        linter = Linter.builder().build();
    }

    @AfterAll
    static void close() {
        linter.close();
    }

    /** A document with a heading, a list item, a table and a footnote. */
    static byte[] document() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("A hard winter in our town");
            doc.createParagraph().createRun().setText("Our neighbour committed suicide last spring.");
            XWPFParagraph item = doc.createParagraph();
            item.setStyle("ListParagraph");
            item.createRun().setText("Talk to someone you trust.");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Left cell");
            table.getRow(0).getCell(1).setText("Right cell");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("A note at the foot of the page.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void paragraphsComeInReadingOrderWithTablesAndFootnotes() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(document()))) {
            List<String> p = DocxText.paragraphs(doc);
            assertEquals(List.of("A hard winter in our town", "Our neighbour committed suicide last spring.",
                    "Talk to someone you trust.", "Left cell", "Right cell", "A note at the foot of the page."),
                    p);
        }
    }

    @Test
    void aFindingsLineIsItsParagraphAndItsOffsetCountsInTheJoinedText() throws Exception {
        Path file = dir.resolve("story.docx");
        Files.write(file, document());
        FileResult r = linter.lint(LintRequest.file(file, "story.docx")).only();
        assertTrue(r.error().isEmpty(), () -> r.error().get());
        Finding f = r.findings().stream().filter(x -> x.text().contains("committed suicide")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on the phrase: " + r.findings()));
        String joined = r.source().orElseThrow().text();
        assertEquals(2, f.line());
        assertEquals("Our neighbour ".length() + 1, f.column());
        assertEquals(joined.indexOf("committed suicide"), f.offset());
        assertEquals(f.text(), joined.substring(f.offset(), f.offset() + f.length()));
    }

    @Test
    void folderWalksPickUpWordDocuments() throws Exception {
        Files.write(dir.resolve("story.docx"), document());
        Files.writeString(dir.resolve("notes.bin"), "not a draft");
        List<String> found = linter.collect(List.of(dir)).inputs().stream()
                .map(i -> i.path().getFileName().toString()).toList();
        assertEquals(List.of("story.docx"), found);
    }

    @Test
    void aDamagedDocumentIsOneInputErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("broken.docx");
        Files.writeString(file, "this is not a zip file at all");
        FileResult r = linter.lint(LintRequest.file(file, "broken.docx")).only();
        assertEquals("broken.docx", r.path());
        assertEquals("cannot read this Word document: it is damaged or not a .docx file", r.error().orElseThrow());
    }

    @Test
    void anEncryptedDocumentIsOneInputErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(document());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        FileResult r = linter.lint(LintRequest.file(file, "locked.docx")).only();
        assertEquals("locked.docx", r.path());
        assertTrue(r.error().orElseThrow().contains("encrypted"), r.error().orElseThrow());
    }
}
