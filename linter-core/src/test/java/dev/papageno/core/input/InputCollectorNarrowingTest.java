package dev.papageno.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorNarrowingTest {

    @TempDir
    Path dir;

    private void file(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Some words.\n");
    }

    private List<String> names(InputCollector.Collected c) {
        return c.inputs().stream().map(i -> dir.relativize(i.path()).toString().replace('\\', '/')).sorted().toList();
    }

    @Test
    void narrowingKeepsTheConfigGlobsAndAddsItsOwn() throws IOException {
        file("docs/a.md");
        file("docs/b.html");
        file("docs/old/c.md");
        file("docs/notes.txt");
        Path docs = dir.resolve("docs");
        InputCollector config = new InputCollector(Selection.DEFAULT
                .include(Selection.Patterns.of(docs, List.of("**.md", "**.html")))
                .exclude(Selection.Patterns.of(docs, List.of("old/**"))));
        InputCollector narrowed = config.narrowedBy(List.of("*.md", "**/*.md"), List.of());

        assertEquals(List.of("docs/a.md", "docs/b.html"), names(config.collectFolders(List.of(dir.resolve("docs")),
                Integer.MAX_VALUE)));
        assertEquals(List.of("docs/a.md"), names(narrowed.collectFolders(List.of(dir.resolve("docs")),
                Integer.MAX_VALUE)));
    }

    @Test
    void narrowedExcludesAddToTheConfigExcludes() throws IOException {
        file("docs/a.md");
        file("docs/drafts/b.md");
        file("docs/old/c.md");
        InputCollector c = new InputCollector(Selection.DEFAULT
                .exclude(Selection.Patterns.of(dir.resolve("docs"), List.of("old/**"))))
                .narrowedBy(List.of(), List.of("drafts/**"));

        assertEquals(List.of("docs/a.md"), names(c.collectFolders(List.of(dir.resolve("docs")), Integer.MAX_VALUE)));
    }

    @Test
    void depthOneTakesOnlyTheFolderOwnFiles() throws IOException {
        file("README.md");
        file("index.html");
        file("docs/guide.md");
        Files.createDirectories(dir.resolve("folder.md"));
        InputCollector c = new InputCollector(List.of(), List.of());

        InputCollector.Collected top = c.collectFolders(List.of(dir), 1);

        assertEquals(List.of("README.md", "index.html"), names(top));
        assertTrue(top.errors().isEmpty(), top.errors().toString());
    }

    @Test
    void skippedFoldersAreNeverEnteredNorWalkedAsRoots() throws IOException {
        file("docs/guide.md");
        file("docs/module/docs/inner.md");
        file("module-b/posts/p.md");
        InputCollector c = new InputCollector(List.of(), List.of())
                .skipping(List.of(dir.resolve("docs/module"), dir.resolve("module-b")));

        InputCollector.Collected found = c.collectFolders(List.of(dir.resolve("docs"), dir.resolve("module-b/posts")),
                Integer.MAX_VALUE);

        assertEquals(List.of("docs/guide.md"), names(found));
        assertTrue(found.errors().isEmpty());
    }

    @Test
    void aMissingFolderIsAnErrorForThatFolderOnly() throws IOException {
        file("docs/a.md");
        InputCollector.Collected c = new InputCollector(List.of(), List.of())
                .collectFolders(List.of(dir.resolve("nowhere"), dir.resolve("docs")), Integer.MAX_VALUE);

        assertEquals(List.of("docs/a.md"), names(c));
        assertEquals(1, c.errors().size());
        assertEquals("no such file or directory", c.errors().get(0).error().orElseThrow());
    }

    @Test
    void combiningTwoLotsListsEachDraftOnce() throws IOException {
        file("docs/a.md");
        file("docs/sub/b.md");
        InputCollector c = new InputCollector(List.of(), List.of());

        InputCollector.Collected both = c.collectFolders(List.of(dir.resolve("docs")), Integer.MAX_VALUE)
                .and(c.collectFolders(List.of(dir.resolve("docs/sub")), Integer.MAX_VALUE));

        assertEquals(List.of("docs/a.md", "docs/sub/b.md"), names(both));
    }

    @Test
    void aLeadingOrInnerDoubleStarMatchesNoFolderToo() throws IOException {
        file("docs/a.md");
        file("docs/sub/b.md");
        file("docs/archive/c.md");
        file("docs/archive/2019/d.md");
        file("docs/e.html");

        assertEquals(List.of("docs/a.md", "docs/sub/b.md"), names(new InputCollector(Selection.DEFAULT)
                .narrowedBy(List.of("**/*.md"), List.of("archive/**/*.md"))
                .collectFolders(List.of(dir.resolve("docs")), Integer.MAX_VALUE)));
    }
}
