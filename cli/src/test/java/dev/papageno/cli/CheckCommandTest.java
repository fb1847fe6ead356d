package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papageno check} end to end through {@link Main#run}: output, exit codes, bad input. */
class CheckCommandTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void cleanDraftExitsZero(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.md");
        Files.writeString(f, "# A walk\n\nWe walked by the river and talked about the weather.\n");
        Run r = run("check", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No findings in 1 file."), r.out());
    }

    @Test
    void findingsExitOneAndShowLineColumnRuleAndUnderline(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("post.md");
        Files.writeString(f, "CW: suicide.\n\nHer brother committed suicide in 2019. Call or text 988.\n");
        Run r = run("check", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(f + "\n  3:13  warning  stigma/committed-suicide"), r.out());
        assertTrue(r.out().contains("    3 | Her brother committed suicide in 2019. Call or text 988.\n"
                + "      |             ^^^^^^^^^^^^^^^^^\n"), r.out());
        assertTrue(r.out().contains("died by suicide"), r.out());
        Run c = run("check", "--format", "compact", f.toString());
        assertTrue(c.out().startsWith(f + ":3:13 warning stigma/committed-suicide Say “died by suicide”"), c.out());
    }

    @Test
    void failOnNoneExitsZeroWithFindings(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("post.md");
        Files.writeString(f, "Content note: suicide.\n\nHer brother committed suicide. Call or text 988 any time.\n");
        assertEquals(0, run("check", "--fail-on", "none", f.toString()).code());
        assertEquals(0, run("check", "--fail-on", "error", f.toString()).code());
        assertEquals(1, run("check", "--fail-on", "warning", f.toString()).code());
    }

    @Test
    void jsonFollowsTheContract(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("post.md");
        Files.writeString(f, "Content note: suicide.\n\nHer brother committed suicide. Call or text 988 any time.\n");
        Run a = run("check", "--format", "json", f.toString());
        Run b = run("check", "--format", "json", f.toString());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().startsWith("{\n  \"tool\": {\n    \"name\": \"papageno\""), a.out());
        assertTrue(a.out().contains("\"rule\": \"stigma/committed-suicide\""), a.out());
        assertTrue(a.out().contains("\"offset\": 36"), a.out());
        assertTrue(a.out().contains("\"length\": 17"), a.out());
    }

    @Test
    void badInputsAreOneLineEachAndTheRestIsStillLinted(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.md");
        Files.writeString(good, "Content note: suicide.\n\nHer brother committed suicide. Call or text 988 any time.\n");
        Path bin = dir.resolve("bin.md");
        Files.write(bin, new byte[] {'a', 0, 'b'});
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', (byte) 0xFF, 'b'});
        Path empty = dir.resolve("empty.md");
        Files.write(empty, new byte[0]);
        Run r = run("check", good.toString(), bin.toString(), bad.toString(), empty.toString(),
                dir.resolve("missing.md").toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("stigma/committed-suicide"), r.out());
        String[] errors = r.err().strip().split("\n");
        assertEquals(3, errors.length, r.err());
        assertTrue(r.err().contains("papageno: " + bin + ": binary file"), r.err());
        assertTrue(r.err().contains("papageno: " + bad + ": not valid UTF-8"), r.err());
        assertFalse(r.err().contains(empty.toString()), "an empty file is clean, not unreadable: " + r.err());
        assertTrue(r.err().contains("papageno: " + dir.resolve("missing.md") + ": no such file or directory"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anEmptyDraftIsCleanNotUnreadable(@TempDir Path dir) throws Exception {
        // Every Hugo site has empty _index.md files: they must not fail a build.
        Path empty = dir.resolve("_index.md");
        Files.write(empty, new byte[0]);
        Path frontMatterOnly = dir.resolve("about.md");
        Files.writeString(frontMatterOnly, "---\ntitle: About\n---\n");

        Run text = run("check", empty.toString(), frontMatterOnly.toString());
        assertEquals(0, text.code(), text.out() + text.err());
        assertEquals("", text.err());

        Run json = run("check", "--format", "json", empty.toString());
        assertEquals(0, json.code(), json.err());
        String compact = json.out().replaceAll("\\s+", "");
        assertTrue(compact.contains("\"path\":\"" + empty.toString().replace("\\", "\\\\") + "\",\"findings\":[]"),
                json.out());
        assertTrue(compact.contains("\"unreadable\":0"), json.out());
    }

    @Test
    void brokenConfigStopsTheRunWithOneLine(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve(".papageno.yml");
        Files.writeString(cfg, "profile: blog\nfailOn: sometimes\n");
        Path f = dir.resolve("post.md");
        Files.writeString(f, "Fine text.\n");
        Run r = run("check", "--config", cfg.toString(), f.toString());
        assertEquals(2, r.code());
        assertEquals("papageno: " + cfg + ":2:9: failOn: \"sometimes\" is not allowed; use one of: error, info,"
                + " none, warning\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void brokenRuleFileStopsTheRunWithOneLine(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("x.yaml"), "id: mine/x\ntype: phrase\nseverity: loud\n");
        Path cfg = dir.resolve(".papageno.yml");
        Files.writeString(cfg, "ruleFolders: [rules]\n");
        Path f = dir.resolve("post.md");
        Files.writeString(f, "Fine text.\n");
        Run r = run("check", "--config", cfg.toString(), f.toString());
        assertEquals(2, r.code());
        assertEquals("papageno: " + rules.resolve("x.yaml") + ":3:11: severity: \"loud\" is not allowed; use one"
                + " of: error, info, warning\n", r.err());
    }

    @Test
    void wrongUsageExitsTwoWithAHint(@TempDir Path dir) {
        Run r = run("check", "--no-such-flag", "x.md");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("papageno: unknown option: '--no-such-flag'"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
        Run p = run("check", "--profile", "nope", dir.toString());
        assertEquals(2, p.code());
        assertTrue(p.err().contains("unknown profile \"nope\""), p.err());
    }

    @Test
    void seedPostReportsTheOutdatedLineAtItsExactPlace() {
        Path seed = Path.of("..", "..", "shared", "seed", "000_423164dc3b39a08a.txt");
        assumeTrue(Files.exists(seed), "the shared seed post is not here");
        Run r = run("check", "--format", "json", seed.toString());
        assertTrue(r.out().contains("\"rule\": \"crisis-resources/outdated\""), r.out());
        assertTrue(r.out().contains("\"line\": 3,\n          \"column\": 392"), r.out());
        assertTrue(r.out().contains("\"text\": \"800-273-TALK (8255)\""), r.out());
        assertTrue(r.out().contains("\"text\": \"suicidepreventionlifeline.org\""), r.out());
    }
}
