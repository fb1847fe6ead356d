package dev.papageno.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.FileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What folder walks and globs pick up. */
class InputCollectorTest {

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws IOException {
        for (String f : List.of("a.md", "b.html", "c.txt", "image.png", ".hidden.md", "sub/d.md", "sub/deep/e.md",
                ".git/f.md", ".hidden/g.md", "target/h.md", "node_modules/pkg/i.md", "drafts/old/j.md",
                "drafts/new/k.md", "notes/l.md", "notes/keep.md")) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "text\n");
        }
    }

    private List<String> collect(Selection selection, Path... paths) {
        InputCollector.Collected c = new InputCollector(selection).collect(List.of(paths));
        assertEquals(List.of(), c.errors().stream().map(e -> e.path() + ": " + e.error().orElse("")).toList());
        return c.inputs().stream().map(in -> Selection.slashed(root.relativize(in.path().toAbsolutePath())))
                .sorted().toList();
    }

    @Test
    void walkSkipsHiddenTargetAndNodeModulesAndNonDrafts() {
        assertEquals(List.of("a.md", "b.html", "c.txt", "drafts/new/k.md", "drafts/old/j.md", "notes/keep.md",
                "notes/l.md", "sub/d.md", "sub/deep/e.md"), collect(Selection.DEFAULT, root));
    }

    @Test
    void ignoreFilesWorkLikeGitignoreAtEveryLevel() throws IOException {
        Files.writeString(root.resolve(IgnoreFile.NAME), "# drafts we keep out\ndrafts/old/\n*.txt\n");
        Files.writeString(root.resolve("notes").resolve(IgnoreFile.NAME), "*.md\n!keep.md\n");
        assertEquals(List.of("a.md", "b.html", "drafts/new/k.md", "notes/keep.md", "sub/d.md", "sub/deep/e.md"),
                collect(Selection.DEFAULT, root));
        assertEquals(9, collect(Selection.DEFAULT.ignoreFiles(false), root).size(), "--no-ignore");
    }

    @Test
    void ignoreFileAboveTheWalkedFolderApplies() throws IOException {
        Files.writeString(root.resolve(IgnoreFile.NAME), "deep/\n");
        assertEquals(List.of("sub/d.md"), collect(Selection.DEFAULT, root.resolve("sub")));
    }

    @Test
    void includeAndExcludePatternsAreRelativeToTheirBase() {
        Selection s = Selection.DEFAULT.include(Selection.Patterns.of(root, List.of("**/*.md")))
                .exclude(Selection.Patterns.of(root, List.of("drafts/old/**", "sub/deep")));
        assertEquals(List.of("a.md", "drafts/new/k.md", "notes/keep.md", "notes/l.md", "sub/d.md"),
                collect(s, root));
        assertEquals(List.of("sub/d.md"), collect(s, root.resolve("sub")), "same patterns from a subfolder");
    }

    @Test
    void namedFilesAreAlwaysTaken() throws IOException {
        Files.writeString(root.resolve(IgnoreFile.NAME), "*.md\n");
        assertEquals(List.of(".hidden/g.md", "a.md", "image.png"),
                collect(Selection.DEFAULT, root.resolve("a.md"), root.resolve(".hidden/g.md"), root.resolve("image.png")));
    }

    @Test
    void globsAreExpandedWhenTheShellDidNot() {
        assertEquals(List.of("sub/d.md", "sub/deep/e.md"), collect(Selection.DEFAULT, Path.of(root + "/sub/**/*.md")));
        assertEquals(List.of("a.md"), collect(Selection.DEFAULT, Path.of(root + "/*.md")));
        assertEquals(List.of("image.png"), collect(Selection.DEFAULT, Path.of(root + "/*.png")),
                "a glob that names an extension takes any file");
    }

    @Test
    void missingPathsAndEmptyGlobsAreErrorsForThatPathOnly() {
        InputCollector.Collected c = new InputCollector(Selection.DEFAULT).collect(List.of(root.resolve("a.md"),
                root.resolve("nope.md"), Path.of(root + "/**/*.rst")));
        assertEquals(1, c.inputs().size());
        List<String> errors = c.errors().stream().map(FileResult::error).map(e -> e.orElseThrow()).toList();
        assertEquals(List.of("no such file or directory", "no files match this pattern"), errors);
    }

    @Test
    void badIgnoreFileIsReportedWithItsLine() throws IOException {
        Files.writeString(root.resolve("sub").resolve(IgnoreFile.NAME), "ok.md\n[broken\n");
        InputCollector.Collected c = new InputCollector(Selection.DEFAULT).collect(List.of(root.resolve("sub")));
        assertEquals(1, c.errors().size());
        assertEquals(root.resolve("sub").resolve(IgnoreFile.NAME).toString(), c.errors().get(0).path());
        assertTrue(c.errors().get(0).error().orElseThrow().startsWith("line 2: "), c.errors().get(0).error()
                .orElseThrow());
        assertEquals(2, c.inputs().size(), "the drafts are still checked");
    }
}
