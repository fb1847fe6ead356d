package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Version;
import dev.papageno.core.report.JsonReporter;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.source.InputFormat;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    @Test
    void lintsFilesAndFoldersAndReportsBadInputsWithoutStopping(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.md"), "He committed suicide.\n");
        Files.writeString(docs.resolve("b.txt"), "Nothing to see.\n");
        Files.write(docs.resolve("bin.md"), new byte[] {'x', 0, 1, 2});
        Files.write(docs.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.write(docs.resolve("empty.md"), new byte[0]);
        Files.write(docs.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        Files.createDirectories(docs.resolve("node_modules"));
        Files.writeString(docs.resolve("node_modules/x.md"), "He committed suicide.\n");
        Files.createDirectories(docs.resolve(".hidden"));
        Files.writeString(docs.resolve(".hidden/x.md"), "He committed suicide.\n");
        try (Linter l = TestRules.builder().threads(2).build()) {
            LintResult r = l.lint(LintRequest.paths(List.of(docs, dir.resolve("missing.md"))));
            Map<String, FileResult> byName = new java.util.HashMap<>();
            r.files().forEach(f -> byName.put(Path.of(f.path()).getFileName().toString(), f));
            assertEquals(List.of("a.md", "b.txt", "bin.md", "empty.md", "latin1.md", "missing.md"),
                    byName.keySet().stream().sorted().toList());
            assertEquals(1, byName.get("a.md").findings().size());
            assertTrue(byName.get("b.txt").findings().isEmpty());
            assertTrue(byName.get("bin.md").error().orElseThrow().contains("binary"));
            assertTrue(byName.get("latin1.md").error().orElseThrow().contains("not valid UTF-8"));
            // An empty draft is clean, not a bad input.
            assertTrue(byName.get("empty.md").error().isEmpty() && byName.get("empty.md").findings().isEmpty());
            assertEquals("no such file or directory", byName.get("missing.md").error().orElseThrow());
            assertTrue(r.hasInputErrors());
        }
    }

    @Test
    void aFileDeletedDuringTheRunIsReportedAndTheOthersAreLinted(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.writeString(a, "He committed suicide.\n");
        Files.writeString(b, "He committed suicide.\n");
        var collected = new dev.papageno.core.input.InputCollector(List.of(), List.of()).collect(List.of(dir));
        assertEquals(2, collected.inputs().size());
        Files.delete(a);
        try (Linter l = TestRules.builder().threads(2).build()) {
            List<FileResult> results = l.lint(LintRequest.inputs(collected.inputs())).files();
            FileResult ra = results.stream().filter(r -> r.path().endsWith("a.md")).findFirst().orElseThrow();
            FileResult rb = results.stream().filter(r -> r.path().endsWith("b.md")).findFirst().orElseThrow();
            assertEquals("no such file or directory", ra.error().orElseThrow());
            assertEquals(1, rb.findings().size());
        }
    }

    @Test
    void anExplicitEncodingReadsOtherCharsets(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.md");
        Files.write(f, "Café: he committed suicide.".getBytes(StandardCharsets.ISO_8859_1));
        try (Linter l = TestRules.builder().encoding(StandardCharsets.ISO_8859_1).build()) {
            FileResult r = l.lint(LintRequest.file(f, "latin1.md")).only();
            assertEquals(1, r.findings().size());
            assertEquals(10, r.findings().get(0).column());
        }
    }

    @Test
    void failPolicyDefaultsToWarningAndCountsMaxFindings() throws Exception {
        try (Linter l = TestRules.builder().build()) {
            LintResult warn = new LintResult(List.of(l.lint(LintRequest.bytes("a.md", "He committed suicide.".getBytes(
                    StandardCharsets.UTF_8))).only()));
            assertTrue(l.failPolicy().fails(warn));
            LintResult info = new LintResult(List.of(l.lint(LintRequest.bytes("b.md", "She is so OCD about it.".getBytes(
                    StandardCharsets.UTF_8))).only()));
            assertTrue(!l.failPolicy().fails(info));
            assertTrue(l.failPolicy().withMaxFindings(java.util.Optional.of(0)).fails(info));
        }
        try (Linter l = TestRules.builder().failOn(java.util.Optional.of(Severity.ERROR)).build()) {
            LintResult warn = new LintResult(List.of(l.lint(LintRequest.bytes("a.md", "He committed suicide.".getBytes(
                    StandardCharsets.UTF_8))).only()));
            assertTrue(!l.failPolicy().fails(warn));
        }
    }

    @Test
    void parallelLintingGivesTheSameFindingsAsSequential(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path f = dir.resolve("d" + i + ".md");
            Files.writeString(f, "# Post " + i + "\n\nShe used razors to cut herself " + i + " times. He committed"
                    + " suicide. They called her a cutter. She is so OCD about it.\n");
            files.add(f);
        }
        String sequential;
        String parallel;
        try (Linter l = TestRules.builder().threads(1).build()) {
            sequential = json(l, l.lint(LintRequest.paths(files)));
        }
        try (Linter l = TestRules.builder().threads(4).build()) {
            parallel = json(l, l.lint(LintRequest.paths(files)));
        }
        assertEquals(sequential, parallel);
        assertTrue(sequential.contains("test/tools") && sequential.contains("test/so-ocd"));
    }

    @Test
    void jsonIsTheContractAndByteIdenticalAcrossRuns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.writeString(f, "Intro.\n\nHe committed suicide.\n");
        String first;
        String second;
        try (Linter l = TestRules.builder().build()) {
            first = json(l, l.lint(LintRequest.paths(List.of(f))));
        }
        try (Linter l = TestRules.builder().build()) {
            second = json(l, l.lint(LintRequest.paths(List.of(f))));
        }
        assertEquals(first, second);
        for (String key : List.of("\"tool\"", "\"name\": \"papageno\"", "\"version\"", "\"files\"", "\"path\"",
                "\"findings\"", "\"rule\": \"test/committed\"", "\"category\": \"test\"", "\"severity\": \"warning\"",
                "\"message\"", "\"line\": 3", "\"column\": 4", "\"endLine\": 3", "\"endColumn\": 21",
                "\"offset\": 11", "\"length\": 17", "\"text\": \"committed suicide\"", "\"suggestions\"",
                "\"sources\"", "\"summary\"", "\"error\": 0", "\"warning\": 1", "\"info\": 0")) {
            assertTrue(first.contains(key), key + " in " + first);
        }
    }

    @Test
    void aSinkHearsEveryInputInPathOrderAndTheResultKeepsNoDrafts(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("d.md", "b.md", "e.md", "a.md")) {
            Path f = dir.resolve(name);
            Files.writeString(f, "He committed suicide.\n");
            files.add(f);
        }
        files.add(dir.resolve("c.md"));
        try (Linter l = TestRules.builder().threads(3).build()) {
            List<String> heard = new ArrayList<>();
            LintRequest request = LintRequest.several(List.of(LintRequest.paths(files),
                    LintRequest.bytes(dir.resolve("bb.md").toString(), "He committed suicide.\n".getBytes(
                            StandardCharsets.UTF_8))));
            LintResult r = l.lint(request.withSink(f -> {
                assertEquals(!f.hasError(), f.source().isPresent(), f.path());
                heard.add(Path.of(f.path()).getFileName().toString());
            }));
            assertEquals(List.of("a.md", "b.md", "bb.md", "c.md", "d.md", "e.md"), heard);
            assertEquals(heard, r.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
            assertTrue(r.files().stream().noneMatch(f -> f.source().isPresent()));
            assertEquals(5, r.findingCount());
            assertEquals("no such file or directory", r.files().get(3).error().orElseThrow());
        }
    }

    @Test
    void whatASinkThrowsEndsTheRun(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(Files.writeString(dir.resolve(i + ".md"), "He committed suicide.\n"));
        }
        try (Linter l = TestRules.builder().threads(2).build()) {
            List<String> heard = new ArrayList<>();
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> l.lint(LintRequest.paths(files).withSink(f -> {
                        heard.add(f.path());
                        throw new IllegalStateException("reader gone");
                    })));
            assertEquals("reader gone", e.getMessage());
            assertEquals(1, heard.size());
        }
    }

    @Test
    void lintTextWorksForEveryFormat() throws Exception {
        try (Linter l = TestRules.builder().build()) {
            for (InputFormat f : InputFormat.values()) {
                assertEquals(1, l.lint(LintRequest.text("t", "He committed suicide.", f)).findings().size(), f.id());
            }
        }
    }

    @Test
    void unknownProfileOrRegionIsAClearError() {
        IllegalArgumentException p = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TestRules.builder().profile("nope").build());
        assertTrue(p.getMessage().contains("unknown profile \"nope\""), p.getMessage());
        IllegalArgumentException r = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TestRules.builder().region("mars").build());
        assertTrue(r.getMessage().contains("unknown region \"mars\""), r.getMessage());
    }

    private static String json(Linter l, LintResult r) throws Exception {
        StringWriter w = new StringWriter();
        new JsonReporter().write(r, new ReportOptions(false, l.rules(), l.failPolicy()), w);
        return w.toString().replace(Version.get(), "VERSION");
    }
}
