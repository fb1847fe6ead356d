package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.cli.CheckCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a linter. For each: a correct result or a one-line error naming the file,
 * no hang, no stack trace, the right exit code, and the other files still linted.
 */
class HostileInputTest {

    private static final Duration NO_HANG = Duration.ofSeconds(60);
    private static final String FINDING = "Her brother committed suicide.\n";

    private static Run check(String... args) {
        return assertTimeoutPreemptively(NO_HANG, () -> CheckCommandTest.run(args));
    }

    private static Path good(Path dir) throws Exception {
        Path f = dir.resolve("good.md");
        Files.writeString(f, FINDING);
        return f;
    }

    private static void assertOneLineErrorAndOthersLinted(Run r, Path bad, String reason) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("papageno: " + bad + ": " + reason), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.out().contains("stigma/committed-suicide"), "the good file is still linted: " + r.out());
    }

    @Test
    void binaryFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("photo.md");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertOneLineErrorAndOthersLinted(check("check", good(dir).toString(), bad.toString()), bad, "binary file");
    }

    @Test
    void nulBytesDeepInsideAFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("nul.txt");
        byte[] bytes = ("a".repeat(20_000) + "\0tail").getBytes(StandardCharsets.UTF_8);
        Files.write(bad, bytes);
        assertOneLineErrorAndOthersLinted(check("check", good(dir).toString(), bad.toString()), bad, "binary file");
    }

    @Test
    void invalidUtf8(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("latin1.md");
        Files.write(bad, "Caf\u00e9 and more".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineErrorAndOthersLinted(check("check", good(dir).toString(), bad.toString()), bad,
                "not valid UTF-8");
    }

    @Test
    void utf16WithBomIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("utf16.md");
        byte[] body = FINDING.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(f, all);
        Run r = check("check", "--format", "compact", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(f + ":1:13 warning stigma/committed-suicide"), r.out());
    }

    @Test
    void crOnlyLineEndings(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mac.txt");
        Files.writeString(f, "First line.\rSecond line.\rHer brother committed suicide.\r");
        Run r = check("check", "--format", "compact", f.toString());
        assertTrue(r.out().contains(f + ":3:13 warning stigma/committed-suicide"), r.out());
    }

    @Test
    void tenMegabyteSingleLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("line.md");
        Files.writeString(f, "word ".repeat(2_000_000) + "her brother committed suicide.");
        Run r = check("check", "--format", "compact", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(f + ":1:10000013 warning stigma/committed-suicide"), r.out());
    }

    @Test
    void oneParagraphOfFiftyThousandLinesEachWithAFinding(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("paragraph.md");
        Files.writeString(f, "My uncle committed suicide in 2019 and we planted a tree by the old wall.\n".repeat(50_000));
        Run r = check("check", "--format", "compact", "--disable", "trigger-warning,crisis-resources", f.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(50_000, r.out().lines().filter(l -> l.contains(" warning stigma/committed-suicide ")).count());
        assertTrue(r.out().contains(f + ":50000:10 warning stigma/committed-suicide"), r.out().lines().skip(49_998)
                .findFirst().orElse(""));
    }

    @Test
    void tenThousandNestedBlockquotesAndListLevels(@TempDir Path dir) throws Exception {
        Path quotes = dir.resolve("quotes.md");
        Files.writeString(quotes, "> ".repeat(10_000) + "her brother committed suicide\n");
        Path lists = dir.resolve("lists.md");
        Files.writeString(lists, "- ".repeat(10_000) + "her brother committed suicide\n");
        Run r = check("check", "--format", "json", quotes.toString(), lists.toString());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(2, r.out().split("\"rule\": \"stigma/committed-suicide\"", -1).length - 1, r.out());
        assertTrue(r.code() <= 1, r.err());
    }

    @Test
    void unclosedAndDeeplyNestedHtml(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("deep.html");
        Files.writeString(f, "<div><b><i>".repeat(10_000) + "her brother committed suicide" + "<p>unclosed");
        Run r = check("check", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("stigma/committed-suicide"), r.out());
    }

    @Test
    void hugeAttribute(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("attr.html");
        Files.writeString(f, "<p title=\"" + "x".repeat(5_000_000) + "\">her brother committed suicide</p>");
        Run r = check("check", "--format", "compact", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(f + ":1:5000025 warning stigma/committed-suicide"), r.out());
    }

    @Test
    void symlinkLoopsInAWalkAndGivenDirectly(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("good.md"), FINDING);
        Files.createSymbolicLink(docs.resolve("loop"), docs);
        Path self = docs.resolve("self.md");
        Files.createSymbolicLink(self, self.getFileName());
        Run walk = check("check", docs.toString());
        assertTrue(walk.out().contains("stigma/committed-suicide"), walk.out());
        assertFalse(walk.err().contains("Exception"), walk.err());
        Run direct = check("check", docs.resolve("good.md").toString(), self.toString());
        assertOneLineErrorAndOthersLinted(direct, self, "broken symbolic link");
    }

    @Test
    void unreadableEvenForRootFifoAndDanglingLink(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.md");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        assertOneLineErrorAndOthersLinted(check("check", good(dir).toString(), fifo.toString()), fifo,
                "not a regular file");
        Path dangling = dir.resolve("gone.md");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere.md"));
        assertOneLineErrorAndOthersLinted(check("check", good(dir).toString(), dangling.toString()), dangling,
                "broken symbolic link");
    }

    @Test
    void catastrophicRegexInAUserRuleRunsInLinearTime(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("evil.yaml"), """
                id: mine/evil
                type: pattern
                severity: warning
                summary: Backtracking bait.
                match:
                  tokens:
                    - {word: see}
                    - {regex: "(a+)+b"}
                message: "Found {match}."
                rationale: Test.
                sources: ["https://example.org/"]
                examples:
                  - bad: "[[see aab]]"
                  - ok: "see ccc"
                """);
        Files.writeString(dir.resolve(".papageno.yml"), "ruleFolders: [rules]\n");
        Path f = dir.resolve("post.md");
        Files.writeString(f, ("see " + "a".repeat(5_000) + "c ").repeat(200) + "see aaab.\n");
        Run r = check("check", "--config", dir.resolve(".papageno.yml").toString(), f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("mine/evil"), r.out());
    }

    @Test
    void malformedConfigAndBillionLaughsStopQuickly(@TempDir Path dir) throws Exception {
        Path f = good(dir);
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "rules: [unclosed\n");
        Run r = check("check", "--config", broken.toString(), f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("papageno: " + broken + ":"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        Path bomb = dir.resolve("bomb.yml");
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
        }
        Files.writeString(bomb, sb.toString());
        long t0 = System.nanoTime();
        Run b = check("check", "--config", bomb.toString(), f.toString());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "refused within seconds");
        assertEquals(2, b.code());
        assertTrue(b.err().startsWith("papageno: " + bomb + ":"), b.err());
        assertEquals(1, b.err().strip().split("\n").length, b.err());
    }

    @Test
    void unknownKeyAndBombInARuleFile(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bomb.yaml"), "id: &x mine/x\ntype: *x\n");
        Files.writeString(dir.resolve(".papageno.yml"), "ruleFolders: [rules]\n");
        Run r = check("check", "--config", dir.resolve(".papageno.yml").toString(), good(dir).toString());
        assertEquals(2, r.code());
        assertEquals("papageno: " + rules.resolve("bomb.yaml") + ":1:5: id: anchors and aliases (&, *) are not"
                + " allowed\n", r.err());
    }
}
