package dev.papageno.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.Linter;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixing in passes until nothing fixable is left, and writing the result back only when safe. */
class FixerTest {

    private static Linter linter;
    private static Fixer fixer;

    @BeforeAll
    static void build() throws ConfigException {
        RuleSet rules = RuleSetLoader.load(FixerTest.class.getClassLoader(), "harness-test", List.of());
        linter = Linter.builder().ruleSet(rules).threads(1).build();
        fixer = new Fixer(linter);
    }

    @AfterAll
    static void close() {
        linter.close();
    }

    private static FileResult lint(Path dir, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return linter.lint(LintRequest.file(file, name)).only();
    }

    @Test
    void fixesEveryFixableFindingAndLeavesTheRest(@TempDir Path dir) throws Exception {
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "A loony bin, a nutter and a loony bin.\n"));
        assertEquals("A psychiatric hospital, a nutter and a psychiatric hospital.\n", fixed.text());
        assertEquals(2, fixed.applied());
        assertEquals(List.of(), fixed.skipped());
        assertTrue(fixed.changed());
        assertEquals("a.md", fixed.path());
        assertEquals("A loony bin, a nutter and a loony bin.\n", fixed.original().text());
    }

    @Test
    void aCleanInputIsUnchanged(@TempDir Path dir) throws Exception {
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "A nutter.\n"));
        assertFalse(fixed.changed());
        assertEquals(0, fixed.applied());
        assertEquals("", fixed.diff());
    }

    @Test
    void aFixThatBringsItsFindingBackStopsAfterTheLastPass(@TempDir Path dir) throws Exception {
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "The madhouse.\n"));
        assertEquals(Fixer.MAX_PASSES, fixed.applied());
        assertEquals("The " + "so-called ".repeat(Fixer.MAX_PASSES) + "madhouse.\n", fixed.text());
    }

    @Test
    void theFormatFollowsTheFileName(@TempDir Path dir) throws Exception {
        FixedFile fixed = fixer.fix(lint(dir, "a.html", "<p>A loony bin.</p><!-- loony bin -->\n"));
        assertEquals("<p>A psychiatric hospital.</p><!-- loony bin -->\n", fixed.text());
    }

    @Test
    void anUnreadableInputIsReturnedUnchanged() {
        FixedFile fixed = fixer.fix(FileResult.failed("gone.md", "no such file"));
        assertEquals("gone.md", fixed.path());
        assertEquals("", fixed.text());
        assertFalse(fixed.changed());
        assertEquals(0, fixed.applied());
    }

    @Test
    void writesTheFixedBytesKeepingTheByteOrderMark(@TempDir Path dir) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = dir.resolve("a.md");
        Files.write(file, concat(bom, "A loony bin.\r\n".getBytes(StandardCharsets.UTF_8)));
        FixedFile fixed = fixer.fix(linter.lint(LintRequest.file(file, "a.md")).only());
        Object identity = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertEquals(identity != null ? identity : file.toRealPath(), fixer.write(file, fixed),
                "write returns the identity the file had");
        assertArrayEquals(concat(bom, "A psychiatric hospital.\r\n".getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(file));
    }

    @Test
    void nothingIsWrittenWhenNothingChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "Clean.\n"));
        Files.delete(file);
        assertEquals(null, fixer.write(file, fixed));
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileThatChangedMeanwhileIsLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "A loony bin.\n"));
        Files.writeString(file, "A loony bin, edited.\n");
        FixException e = assertThrows(FixException.class, () -> fixer.write(file, fixed));
        assertEquals("it changed while it was being checked; not fixed", e.getMessage());
        assertEquals("A loony bin, edited.\n", Files.readString(file));
    }

    @Test
    void aByteOrderMarkAddedMeanwhileCountsAsAChange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "A loony bin.\n"));
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "A loony bin.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, withBom);
        FixException e = assertThrows(FixException.class, () -> fixer.write(file, fixed));
        assertEquals("it changed while it was being checked; not fixed", e.getMessage());
        assertArrayEquals(withBom, Files.readAllBytes(file));
    }

    @Test
    void aFileThatNoLongerDecodesIsLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "A loony bin.\n"));
        Files.write(file, new byte[] {'A', ' ', (byte) 0xC3, (byte) 0x28});
        FixException e = assertThrows(FixException.class, () -> fixer.write(file, fixed));
        assertEquals("it changed while it was being checked; not fixed", e.getMessage());
    }

    @Test
    void aFileThatWentAwayIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        FixedFile fixed = fixer.fix(lint(dir, "a.md", "A loony bin.\n"));
        Files.delete(file);
        FixException e = assertThrows(FixException.class, () -> fixer.write(file, fixed));
        assertTrue(e.getMessage().startsWith("cannot read it again: "), e.getMessage());
        assertFalse(Files.exists(file));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
