package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fix} and {@code --fix-dry-run} change exactly the flagged words and nothing else. */
class FixCommandTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Front matter and code that say the same words must survive the fix untouched. */
    private static final String DRAFT = "---\r\ntitle: Why we stopped saying committed suicide\r\n---\r\n\r\n"
            + "# Words matter\r\n\r\nMy uncle committed suicide in 2019. We still talk about him.\r\n\r\n"
            + "```\r\ncommitted suicide\r\n```\r\n\r\nThe `committed suicide` phrase is old.\r\n\r\n"
            + "If you are struggling, call or text 988.\r\n";

    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void fixesCrlfFileWithBomAndLeavesEveryOtherByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("post.md");
        Files.write(file, bytes(DRAFT));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        // The draft still tells of a suicide with no content note (a warning): only errors fail here.
        Cli.Result first = Cli.run("check", "--fix", "--fail-on", "error", file.toString());
        assertEquals(0, first.code(), first::toString);
        assertTrue(first.err().contains("Fixed 1 finding in 1 file."), first::toString);

        String expected = DRAFT.replace("My uncle committed suicide", "My uncle died by suicide");
        assertArrayEquals(bytes(expected), Files.readAllBytes(file));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ), Files.getPosixFilePermissions(file), "permissions are kept");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }

        Cli.Result json = Cli.run("check", "--format", "json", "--fail-on", "error", file.toString());
        assertEquals(0, json.code(), json::toString);
        assertFalse(json.out().contains("\"fix\""), "the second run reports no fixable findings: " + json.out());

        Cli.Result second = Cli.run("check", "--fix", "--fail-on", "error", file.toString());
        assertEquals(0, second.code(), second::toString);
        assertTrue(second.err().contains("Nothing to fix."), second::toString);
        assertArrayEquals(bytes(expected), Files.readAllBytes(file), "a second --fix changes nothing");
    }

    @Test
    void dryRunPrintsUnifiedDiffAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("post.md");
        Files.write(file, bytes(DRAFT));
        Cli.Result r = Cli.run("check", "--fix-dry-run", file.toString());
        assertEquals(1, r.code(), "the draft still has the finding: " + r);
        assertArrayEquals(bytes(DRAFT), Files.readAllBytes(file));
        String name = file.toString();
        assertEquals("--- " + name + "\n+++ " + name + "\n@@ -4,7 +4,7 @@\n \r\n # Words matter\r\n \r\n"
                + "-My uncle committed suicide in 2019. We still talk about him.\r\n"
                + "+My uncle died by suicide in 2019. We still talk about him.\r\n \r\n ```\r\n committed suicide\r\n",
                r.out());
        assertTrue(r.err().contains("Would fix 1 finding in 1 file."), r::toString);
    }

    @Test
    void dryRunReadsStandardInput() {
        Cli.Result r = Cli.withStdin("He committed suicide.\n", "check", "--fix-dry-run", "--stdin-filename",
                "note.txt", "-");
        assertEquals("--- a/note.txt\n+++ b/note.txt\n@@ -1 +1 @@\n-He committed suicide.\n+He died by suicide.\n",
                r.out());
    }

    @Test
    void fixKeepsALatinOneFileLatinOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("post.txt");
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String text = "Caf\u00e9 notes\n\nCW: suicide.\n\nMy uncle committed suicide in 2019, na\u00efvely people said. Call or text 988.\n";
        Files.write(file, text.getBytes(latin1));
        Cli.Result r = Cli.run("check", "--fix", "--encoding", "ISO-8859-1", file.toString());
        assertEquals(0, r.code(), r::toString);
        assertArrayEquals(text.replace("committed suicide", "died by suicide").getBytes(latin1),
                Files.readAllBytes(file));
    }

    @Test
    void fixWithStandardInputPrintsTheFixedTextAndReportsOnStandardError() {
        // The draft-level rules (a content note, a help line) are off: what is left after the fix is nothing.
        Cli.Result r = Cli.withStdin("He committed suicide.\n", "check", "--disable", "crisis-resources,trigger-warning",
                "--fix", "-");
        assertEquals(0, r.code(), r::toString);
        assertEquals("He died by suicide.\n", r.out(), r::toString);
        assertTrue(r.err().contains("Fixed 1 finding in 1 file.") && r.err().contains("No findings in 1 file."),
                r::toString);
    }

    @Test
    void fixWithStandardInputTakesNoOtherPaths(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("post.md"), "He committed suicide.\n");
        Cli.Result r = Cli.withStdin("He committed suicide.\n", "check", "--fix", "-", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("papageno: --fix - prints the fixed standard input on standard output"),
                r::toString);
        assertEquals("He committed suicide.\n", Files.readString(file));
    }
}
