package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.cli.CheckCommandTest.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a linter. For each: a correct result or a one-line error naming the file,
 * no hang, no stack trace, the right exit code, and the other files still linted.
 */
class HostileInputTest {

    private static final Duration NO_HANG = Duration.ofSeconds(60);
    private static final String FINDING = "Content note: suicide.\n\nHer brother committed suicide. Call or text 988 any time.\n";

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
        assertTrue(r.out().contains(f + ":3:13 warning stigma/committed-suicide"), r.out());
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
        // Point 9 of issue 15: a file keeps its first 10,000 findings; the summary counts them all.
        assertEquals(10_000, r.out().lines().filter(l -> l.contains(" warning stigma/committed-suicide ")).count());
        assertTrue(r.out().contains(f + ":10000:10 warning stigma/committed-suicide"), r.out().lines().skip(9_998)
                .findFirst().orElse(""));
        assertTrue(r.out().endsWith(f + ": … and 40000 more findings not shown: only the first 10000 of a file are"
                + " kept (the summary counts them all)\n"), r.out().lines().skip(10_000).findFirst().orElse(""));
        Run json = check("check", "-f", "json", "--disable", "trigger-warning,crisis-resources", "--max-findings",
                "49999", f.toString());
        assertEquals(1, json.code(), json.err());
        assertTrue(json.out().contains("\"omitted\": 40000"), json.err());
        assertTrue(json.out().contains("\"findings\": 50000,"), json.err());
        Run allowed = check("check", "-f", "json", "--fail-on", "none", "--disable", "trigger-warning,crisis-resources",
                "--max-findings", "50000", f.toString());
        assertEquals(0, allowed.code(), allowed.err());
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

    // Issue 15, point 1: -o naming an input never destroys the draft; reports are written atomically.

    @Test
    void outputNamingAnInputIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path post = good(dir);
        for (String[] args : List.of(new String[] {"check", "-o", post.toString(), post.toString()},
                new String[] {"check", "--fix", "-f", "json", "-o", post.toString(), post.toString()},
                new String[] {"check", "-o", post.toString(), dir.toString()})) {
            Run r = check(args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("papageno: --output " + post + " is one of the drafts to check"), r.err());
            assertEquals(FINDING, Files.readString(post), "the draft is untouched");
        }
    }

    @Test
    void aReportThatFailsLeavesTheOldFileWhole(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "Content note: suicide.\n\nHer brother committed suicide. Call or text 988 any time.\n");
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "the old report\n");
        // The temporary copy cannot be made in a folder that is a file: the old report stays.
        Path inFile = report.resolve("sub.html");
        Run r = check("check", "-f", "html", "-o", inFile.toString(), post.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("the old report\n", Files.readString(report));
        Run ok = check("check", "-f", "html", "-o", report.toString(), post.toString());
        assertEquals(1, ok.code(), ok.err());
        assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".papageno-tmp")), "no temporary file left");
        }
    }

    // Point 2: no forged CI annotations, no terminal escapes from names, keys or rule files.

    @Test
    void aFileNameWithALineBreakCannotForgeAnnotationOrDriveTheTerminal(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("x.md\n::error file=pom.xml,line=1::Forged\u001b]0;pwned\u0007\u202e");
        Files.writeString(bad, FINDING);
        for (String format : List.of("compact", "text")) {
            Run r = check("check", "-f", format, bad.toString());
            assertEquals(1, r.code(), r.err());
            assertFalse(r.out().lines().anyMatch(l -> l.startsWith("::")), r.out());
            assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007") || r.out().contains("\u202e"),
                    r.out());
            assertTrue(r.out().contains("x.md\u240A::error file=pom.xml"), r.out());
        }
        Run missing = check("check", dir.resolve("gone\n::error::x\u009b31m.md").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertFalse(missing.err().contains("\u009b"), missing.err());
        Run diff = check("check", "--fix-dry-run", bad.toString());
        assertTrue(diff.out().contains("--- \"" + dir), diff.out());
        assertTrue(diff.out().contains("x.md\\n::error file=pom.xml,line=1::Forged\\033]0;pwned\\a\\342\\200\\256\""),
                diff.out());
        assertFalse(diff.out().lines().anyMatch(l -> l.startsWith("::")), diff.out());
    }

    @Test
    void configKeysAndRuleFilesCannotDriveTheTerminal(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.yml");
        Files.writeString(config, "\"bad\\e]0;pwned\\a\\x9b31m\\r\\n::error::x\": 1\n", StandardCharsets.UTF_8);
        Run r = check("check", "--config", config.toString(), good(dir).toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0), r.err());
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("evil.yaml"), """
                id: mine/evil
                type: phrase
                severity: warning
                summary: "Sum\\e[2J\\e]8;;http://x\\aX\\u202e"
                match:
                  phrases: ["zebra crossing"]
                message: "Found {match}\\e[31m."
                rationale: "Why\\r\\n::error::forged"
                sources: ["https://example.org/"]
                examples:
                  - bad: "see the [[zebra crossing]]"
                  - ok: "see the zebra"
                """);
        Path cfg = dir.resolve(".papageno.yml");
        Files.writeString(cfg, "ruleFolders: [rules]\n");
        for (String[] args : List.of(new String[] {"explain", "--config", cfg.toString(), "mine/evil"},
                new String[] {"rules", "--config", cfg.toString(), "mine"})) {
            Run e = check(args);
            assertEquals(0, e.code(), e.err());
            assertFalse(e.out().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == '\r' || c == 0x202e),
                    e.out().replace("\u001b", "<ESC>"));
            assertFalse(e.out().lines().anyMatch(l -> l.startsWith("::")), e.out());
        }
    }

    // Point 3: small hostile files never crash it; limits are checked first, exit 2 naming the place.

    @Test
    void deeplyNestedConfigAndRuleFilesAreConfigErrors(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("deep.yml");
        Files.writeString(config, "allow: " + "[".repeat(2_000) + "\n");
        Run r = check("check", "--config", config.toString(), good(dir).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("papageno: " + config + ":1:"), r.err());
        assertTrue(r.err().contains("nested too deeply"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Path block = dir.resolve("block.yml");
        Files.writeString(block, "allow: " + "- ".repeat(2_000) + "x\n");
        Run b = check("check", "--config", block.toString(), good(dir).toString());
        assertEquals(2, b.code(), b.err());
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("deep.yaml"), "id: " + "{a: ".repeat(2_000) + "\n");
        Path cfg = dir.resolve(".papageno.yml");
        Files.writeString(cfg, "ruleFolders: [rules]\n");
        Run rule = check("check", "--config", cfg.toString(), good(dir).toString());
        assertEquals(2, rule.code(), rule.err());
        assertTrue(rule.err().startsWith("papageno: " + rules.resolve("deep.yaml") + ":1:"), rule.err());
    }

    @Test
    void anIgnoreFileOfRepeatedDoubleStarsIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".papagenoignore"), "**/".repeat(5_000) + "skip.md\n");
        Files.writeString(dir.resolve("skip.md"), FINDING);
        Files.writeString(dir.resolve("keep.md"), FINDING);
        Run r = check("check", "-f", "compact", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(".papagenoignore: line 1: pattern too long"), r.err());
        Files.writeString(dir.resolve(".papagenoignore"), "**/".repeat(300) + "skip.md\n");
        Run ok = check("check", "-f", "compact", dir.toString());
        assertEquals(1, ok.code(), ok.err());
        assertTrue(ok.out().contains("keep.md") && !ok.out().contains("skip.md"), ok.out());
    }

    @Test
    void tooManyThreadsAndTooMuchStandardInputAreRefused(@TempDir Path dir) throws Exception {
        Run t = check("check", "--threads", "2147483647", good(dir).toString());
        assertEquals(2, t.code(), t.err());
        assertTrue(t.err().startsWith("papageno: --threads must be between 1 and "), t.err());
        byte[] big = new byte[(int) dev.papageno.core.input.DraftReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        Cli.Result s = Cli.run(Terminal.NONE, big, "check", "-");
        assertEquals(2, s.code(), s.err());
        assertEquals("papageno: <stdin>: too large (the limit is 64 MB)\n", s.err());
    }

    @Test
    void anyThrowableIsExitThreeInOneLine() {
        StringWriter err = new StringWriter();
        int code = PapagenoCommand.crashed(new StackOverflowError(), new PrintWriter(err));
        assertEquals(3, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("papageno: internal error: stack overflow"), err.toString());
    }

    // Point 4: bounded regexes and file sizes, refused before any work.

    @Test
    void aRegexThatExpandsToBillionsIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bomb.yaml"), """
                id: mine/bomb
                type: pattern
                severity: warning
                summary: Expands.
                match:
                  tokens:
                    - {regex: "((a{1000}){1000}){1000}"}
                message: "Found {match}."
                rationale: Test.
                sources: ["https://example.org/"]
                examples:
                  - bad: "[[aaa]]"
                  - ok: "ccc"
                """);
        Path cfg = dir.resolve(".papageno.yml");
        Files.writeString(cfg, "ruleFolders: [rules]\n");
        Run r = check("check", "--config", cfg.toString(), good(dir).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("papageno: " + rules.resolve("bomb.yaml") + ":7:"), r.err());
        assertTrue(r.err().contains("regular expression too large"), r.err());
    }

    @Test
    void hugeConfigAndRuleFilesAreRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("big.yml");
        Files.writeString(config, ("# " + "x".repeat(98) + "\n").repeat(80_000));
        Run r = check("check", "--config", config.toString(), good(dir).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("papageno: " + config + ": too large"), r.err());
        Path line = dir.resolve("line.yml");
        Files.writeString(line, "allow: [\"" + "x".repeat(16 * 1024 * 1024) + "\"]");
        Run l = check("check", "--config", line.toString(), good(dir).toString());
        assertEquals(2, l.code(), l.err());
        Path near = dir.resolve("near.yml");
        Files.writeString(near, ("# " + "x".repeat(98) + "\n").repeat(10_000) + "profile: news\n");
        Run n = check("check", "--config", near.toString(), good(dir).toString());
        assertEquals(1, n.code(), n.err());
    }

    // Point 6: --fix and file identity.

    @Test
    void aSymlinkOutOfTheTreeIsNotFollowedInAWalk(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = outside.resolve("secret.md");
        Files.writeString(target, FINDING);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mine.md"), FINDING);
        Files.createSymbolicLink(docs.resolve("link.md"), target);
        Run r = check("check", "--fix", docs.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals(FINDING, Files.readString(target), "the file outside the tree is untouched");
        assertEquals(FINDING.replace("committed", "died by"), Files.readString(docs.resolve("mine.md")));
    }

    @Test
    void aFileAndASymlinkToItAreFixedOnce(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path post = docs.resolve("post.md");
        Files.writeString(post, FINDING);
        Files.createSymbolicLink(docs.resolve("alias.md"), post.getFileName());
        Run r = check("check", "--fix", docs.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals("papageno: Fixed 1 finding in 1 file.\n", r.err());
        assertEquals(FINDING.replace("committed", "died by"), Files.readString(post));
        assertTrue(Files.isSymbolicLink(docs.resolve("alias.md")));
    }

    @Test
    void aHardLinkIsNotSplitAndALongNameIsFixed(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("a".repeat(240) + ".md");
        Files.writeString(post, FINDING);
        Run r = check("check", "--fix", post.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals(FINDING.replace("committed", "died by"), Files.readString(post));
        Path linked = dir.resolve("linked.md");
        Files.writeString(linked, FINDING);
        Files.createLink(dir.resolve("other-name.md"), linked);
        Run h = check("check", "--fix", linked.toString());
        assertEquals(2, h.code(), h.err());
        assertTrue(h.err().contains("linked.md: not fixed: it has 2 hard links"), h.err());
        assertEquals(FINDING, Files.readString(dir.resolve("other-name.md")));
    }

    @Test
    void fixingKeepsOwnerGroupAndSetgid(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, FINDING);
        var view = Files.getFileAttributeView(post, java.nio.file.attribute.PosixFileAttributeView.class);
        var lookup = post.getFileSystem().getUserPrincipalLookupService();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            view.setOwner(lookup.lookupPrincipalByName("nobody"));
            view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
        }
        Files.setAttribute(post, "unix:mode", 02640);
        Run r = check("check", "--fix", post.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals(FINDING.replace("committed", "died by"), Files.readString(post));
        assertEquals(02640, ((Integer) Files.getAttribute(post, "unix:mode")) & 07777);
        if (root) {
            assertEquals("nobody", view.getOwner().getName());
            assertEquals("nogroup", view.readAttributes().group().getName());
        }
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemoved(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, FINDING);
        Path stale = dir.resolve(".999999999-1" + dev.papageno.core.fix.AtomicFiles.TEMP_SUFFIX);
        Files.writeString(stale, "half a copy");
        Path someoneElses = dir.resolve(".notes.papageno-tmp.bak");
        Files.writeString(someoneElses, "keep");
        Run r = check("check", "--fix", post.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale), "the stale copy is gone");
        assertTrue(Files.exists(someoneElses));
    }

    // Point 5: an edit saved while --fix writes is never lost.

    @Test
    void anEditSavedJustBeforeTheRenameIsKept(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, FINDING);
        try (dev.papageno.core.Linter linter = dev.papageno.core.Linter.builder().build()) {
            dev.papageno.core.api.FileResult r = linter.lint(dev.papageno.core.LintRequest.file(post, post.toString()))
                    .only();
            for (String edit : List.of("append", "rewrite-same-size", "replace-file")) {
                Files.writeString(post, FINDING);
                dev.papageno.core.Linter.Builder unused = null;
                dev.papageno.core.fix.Fixer fixer = new dev.papageno.core.fix.Fixer(linter, target -> {
                    switch (edit) {
                        case "append" -> Files.writeString(target, "A new line.\n",
                                java.nio.file.StandardOpenOption.APPEND);
                        case "rewrite-same-size" -> Files.writeString(target, FINDING.toUpperCase());
                        default -> {
                            Path other = dir.resolve("other.md");
                            Files.writeString(other, FINDING);
                            Files.move(other, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                });
                dev.papageno.core.fix.FixedFile fixed = fixer.fix(r);
                dev.papageno.core.fix.FixException e = org.junit.jupiter.api.Assertions.assertThrows(
                        dev.papageno.core.fix.FixException.class, () -> fixer.write(post, fixed), edit);
                assertTrue(e.getMessage().contains("changed while it was being fixed"), e.getMessage());
                String now = Files.readString(post);
                assertFalse(now.contains("died by suicide"), edit + ": " + now);
                assertTrue(edit.equals("append") ? now.endsWith("A new line.\n") : true, now);
                try (var files = Files.list(dir)) {
                    assertFalse(files.anyMatch(f -> f.toString().endsWith(".papageno-tmp")), edit);
                }
            }
        }
    }

    // Point 10: rule folders that cannot be used are config errors; the config search stops at the repository.

    @Test
    void unusableRuleFoldersAreConfigErrors(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve(".papageno.yml");
        Files.writeString(cfg, "ruleFolders: [\"/\"]\n");
        Run root = check("check", "--config", cfg.toString(), good(dir).toString());
        assertEquals(2, root.code(), root.err());
        assertTrue(root.err().startsWith("papageno: /: the root of the file system is not a rule folder"), root.err());
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.createSymbolicLink(rules.resolve("gone.yaml"), rules.resolve("nowhere.yaml"));
        Files.writeString(cfg, "ruleFolders: [rules]\n");
        Run dangling = check("check", "--config", cfg.toString(), good(dir).toString());
        assertEquals(2, dangling.code(), dangling.err());
        assertTrue(dangling.err().startsWith("papageno: " + rules.resolve("gone.yaml") + ": cannot read this rule"
                + " file in rule folder " + rules), dangling.err());
    }

    @Test
    void theConfigSearchStopsAtTheRepositoryTop(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".papageno.yml"), "failOn: none\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path docs = Files.createDirectories(repo.resolve("docs"));
        assertEquals(java.util.Optional.empty(), dev.papageno.core.config.ConfigLoader.find(docs));
        Files.writeString(repo.resolve(".papageno.yaml"), "failOn: error\n");
        assertEquals(java.util.Optional.of(repo.resolve(".papageno.yaml")),
                dev.papageno.core.config.ConfigLoader.find(docs));
        assertEquals(java.util.Optional.of(dir.resolve(".papageno.yml")),
                dev.papageno.core.config.ConfigLoader.find(dir.resolve("elsewhere")));
    }

    @Test
    void theConfigUsedIsNamedInJsonAndVerbose(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("team.yml");
        Files.writeString(cfg, "failOn: error\n");
        Run r = check("check", "--verbose", "-f", "json", "--config", cfg.toString(), good(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("papageno: config: " + cfg + "\n"), r.err());
        assertTrue(r.out().contains("\"config\": \"" + cfg + "\""), r.out());
        Run none = check("check", "--verbose", "--no-config", good(dir).toString());
        assertTrue(none.err().startsWith("papageno: config: none (--no-config)"), none.err());
    }

    // Point 7: headlines and invisible chars do not evade the stigma rules; offsets stay the file's.

    @Test
    void headlinesInTitleCaseOrCapitalsAreChecked(@TempDir Path dir) throws Exception {
        Map<String, String> headlines = Map.of(
                "# Local Man Committed Suicide After Losing His Job\n", "stigma/committed-suicide",
                "# Star Commits Suicide At 27\n", "stigma/committed-suicide",
                "# Teen Survives Failed Suicide Attempt\n", "stigma/success-failure",
                "HER BROTHER COMMITTED SUICIDE LAST YEAR.\n", "stigma/committed-suicide");
        int n = 0;
        for (Map.Entry<String, String> h : headlines.entrySet()) {
            Path f = dir.resolve("headline" + n++ + ".md");
            Files.writeString(f, h.getKey());
            for (String profile : List.of("blog", "news", "clinical")) {
                Run r = check("check", "-f", "compact", "--profile", profile, f.toString());
                assertTrue(r.out().contains(" " + h.getValue() + " "), profile + ": " + h.getKey() + r.out());
            }
        }
    }

    @Test
    void invisibleCharsAndOddSpacesInsideAPhraseAreSeenThrough(@TempDir Path dir) throws Exception {
        List<String> written = List.of("com\u00ADmitted suicide", "com&shy;mitted suicide", "commit\u200Bted suicide",
                "commi\u200Ctted sui\u200Dcide", "commit\u2060ted suicide", "committed\u2003suicide",
                "committed\u3000suicide", "committed\uFEFF suicide");
        for (String format : List.of("md", "html", "txt")) {
            for (String w : written) {
                if (w.contains("&shy;") && format.equals("txt")) {
                    continue;
                }
                Path f = dir.resolve("post." + format);
                String text = "Her brother " + w + " in 2019.\n";
                Files.writeString(f, text);
                Run r = check("check", "-f", "json", f.toString());
                assertTrue(r.out().contains("\"rule\": \"stigma/committed-suicide\""), format + ": " + w + r.out());
                assertTrue(r.out().contains("\"offset\": 12,"), r.out());
                assertTrue(r.out().contains("\"length\": " + (w.length()) + ","), w + r.out());
            }
        }
        Path md = dir.resolve("tags.md");
        Files.writeString(md, "Her brother commit<b>ted</b> suicide in 2019.\n");
        Run r = check("check", "-f", "compact", md.toString());
        assertTrue(r.out().contains(md + ":1:13 warning stigma/committed-suicide"), r.out());
    }
}
