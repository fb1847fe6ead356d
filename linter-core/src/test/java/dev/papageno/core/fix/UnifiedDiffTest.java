package dev.papageno.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Diffs in the form patch and git apply read. */
class UnifiedDiffTest {

    @Test
    void equalTextsGiveNothing() {
        assertEquals("", UnifiedDiff.of("a.md", "same\n", "same\n"));
    }

    @Test
    void oneChangedLineWithContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("--- a/a.md\n+++ b/a.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
                UnifiedDiff.of("a.md", before, after));
    }

    @Test
    void distantChangesMakeTwoHunksAndNearOnesOne() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append(i).append('\n');
        }
        String after = before.toString().replace("\n2\n", "\ntwo\n").replace("\n18\n", "\neighteen\n");
        String diff = UnifiedDiff.of("a.md", before.toString(), after);
        assertEquals(2, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertEquals("@@ -1,5 +1,5 @@", diff.lines().filter(l -> l.startsWith("@@")).findFirst().orElseThrow());
        String near = before.toString().replace("\n5\n", "\nfive\n").replace("\n9\n", "\nnine\n");
        assertEquals(1, UnifiedDiff.of("a.md", before.toString(), near).lines().filter(l -> l.startsWith("@@"))
                .count());
    }

    @Test
    void addedAndRemovedLines() {
        assertEquals("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,3 @@\n a\n+new\n b\n",
                UnifiedDiff.of("a.md", "a\nb\n", "a\nnew\nb\n"));
        assertEquals("--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,2 @@\n a\n-old\n b\n",
                UnifiedDiff.of("a.md", "a\nold\nb\n", "a\nb\n"));
    }

    @Test
    void keepsCrlfAndMarksAMissingFinalNewline() {
        assertEquals("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n"
                + "\\ No newline at end of file\n", UnifiedDiff.of("a.md", "a\r\nb", "a\r\nc"));
    }

    @Test
    void absolutePathsHaveNoPrefix() {
        assertEquals("--- /tmp/a.md\n+++ /tmp/a.md\n@@ -1 +1 @@\n-x\n+y\n", UnifiedDiff.of("/tmp/a.md", "x\n", "y\n"));
    }
}
