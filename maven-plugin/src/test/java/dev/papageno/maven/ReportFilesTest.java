package dev.papageno.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.report.Reporters;
import dev.papageno.core.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReportIsNamedByItsExtensionOrByIdAndExtension() {
        assertEquals("papageno.json", ReportFiles.fileName(Reporters.byId("json").orElseThrow()));
        assertEquals("papageno-text.txt", ReportFiles.fileName(Reporters.byId("text").orElseThrow()));
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        ReportFiles.UnknownFormatException e = assertThrows(ReportFiles.UnknownFormatException.class,
                () -> ReportFiles.of(List.of("json", "sarfi")));

        assertTrue(e.getMessage().startsWith("unknown report format \"sarfi\"; use one of: "), e.getMessage());
        assertTrue(e.getMessage().contains("json"), e.getMessage());
    }

    @Test
    void eachRequestedFormatIsWrittenOnceIntoTheFolder() throws Exception {
        ReportFiles reports = ReportFiles.of(List.of(" JSON", "text", "json", ""));
        LintResult result = new LintResult(List.of(FileResult.ok("docs/a.md", List.of(),
                SourceText.of("docs/a.md", "Some words."))));

        List<Path> written = reports.write(result, new ReportOptions(false, null, FailPolicy.DEFAULT),
                dir.resolve("target/papageno"));

        assertEquals(List.of(dir.resolve("target/papageno/papageno.json"),
                dir.resolve("target/papageno/papageno-text.txt")), written);
        assertTrue(Files.readString(written.get(0), StandardCharsets.UTF_8).contains("\"path\": \"docs/a.md\""));
    }

    @Test
    void noFormatsWriteNothing() throws Exception {
        ReportFiles none = ReportFiles.of(List.of());

        assertTrue(none.isEmpty());
        assertEquals(List.of(), none.write(new LintResult(List.of()), new ReportOptions(false, null,
                FailPolicy.DEFAULT), dir.resolve("out")));
        assertTrue(Files.notExists(dir.resolve("out")));
    }
}
