package dev.papageno.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.papageno.core.input.Glob;
import dev.papageno.core.input.IgnoreFile;
import java.nio.file.Path;

/**
 * Fuzzes the ignore-file and glob parser: any text either parses, and every pattern then answers
 * for a few paths, or gives a one-line error naming the line; nothing else escapes (a stack
 * overflow inside RE2J included).
 */
class IgnoreFileFuzzTest {

    private static final Path FOLDER = Path.of("/work/site").toAbsolutePath();
    private static final String[] PATHS = {"post.md", "docs/old/post.md", "a/b/c/d/e/f/g.html", ".hidden/x.txt",
        "drafts/2024/**/x.md", "{a,b}/[c]/x.md"};

    @FuzzTest(maxDuration = "30s")
    void parse(String text) {
        if (text == null) {
            return;
        }
        IgnoreFile file;
        try {
            file = IgnoreFile.parse(FOLDER, text, ".papagenoignore");
        } catch (IgnoreFile.BadIgnoreFile e) {
            if (e.getMessage().contains("\n") || !e.detail().startsWith("line ")) {
                throw new AssertionError("not a one-line error naming the line: " + e.getMessage());
            }
            return;
        }
        for (String p : PATHS) {
            file.verdict(FOLDER.resolve(p), false);
            file.verdict(FOLDER.resolve(p), true);
        }
        for (Glob g : file.patterns()) {
            g.matchesOrParent("docs/old/post.md", false);
        }
    }
}
