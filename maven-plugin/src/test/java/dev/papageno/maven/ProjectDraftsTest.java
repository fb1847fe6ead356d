package dev.papageno.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDraftsTest {

    @TempDir
    Path root;

    private static final InputCollector ALL = new InputCollector(List.of(), List.of());

    private void file(String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Some words.\n");
    }

    private static List<String> shown(InputCollector.Collected c) {
        return c.inputs().stream().map(Input::display).sorted().toList();
    }

    @Test
    void defaultsAreTheUsualContentFoldersAndTopLevelMarkdownAndHtml() throws IOException {
        for (String f : List.of("src/site/markdown/index.md", "docs/a.md", "content/b.html", "posts/c.txt",
                "README.md", "index.html", "LICENSE.txt", "notes/d.md", "src/main/resources/e.md")) {
            file(f);
        }
        ProjectDrafts drafts = new ProjectDrafts(root, List.of(), List.of(), List.of(), List.of(), root);

        assertEquals(List.of("README.md", "content/b.html", "docs/a.md", "index.html", "posts/c.txt",
                "src/site/markdown/index.md"), shown(drafts.collect(ALL)));
    }

    @Test
    void aModuleFolderIsLeftToTheModuleEvenWhenItIsADefaultFolder() throws IOException {
        file("README.md");
        file("docs/index.md");
        file("docs/content/guide.md");
        file("blog/posts/p.md");
        List<Path> modules = List.of(root.resolve("docs"), root.resolve("blog"));

        ProjectDrafts parent = new ProjectDrafts(root, List.of(), List.of(), List.of(), modules, root);
        ProjectDrafts docs = new ProjectDrafts(root.resolve("docs"), List.of(), List.of(), List.of(), List.of(), root);

        assertEquals(List.of("README.md"), shown(parent.collect(ALL)));
        assertEquals(List.of("docs/content/guide.md", "docs/index.md"), shown(docs.collect(ALL)));
    }

    @Test
    void configuredFoldersReplaceTheDefaultsAndMissingOnesAreNamed() throws IOException {
        file("README.md");
        file("docs/a.md");
        file("writing/b.md");
        file("writing/old/c.md");
        ProjectDrafts drafts = new ProjectDrafts(root, List.of(Path.of("writing"), Path.of("nowhere")),
                List.of("**/*.md"), List.of("old/**"), List.of(), root);

        assertEquals(List.of("writing/b.md"), shown(drafts.collect(ALL)));
        assertEquals(List.of(root.resolve("nowhere")), drafts.missingFolders());
        assertTrue(drafts.collect(ALL).errors().isEmpty());
    }

    @Test
    void pathsOutsideTheDisplayRootStayAbsolute() {
        ProjectDrafts drafts = new ProjectDrafts(root.resolve("site"), List.of(), List.of(), List.of(), List.of(),
                root.resolve("site"));

        assertEquals("docs/a.md", drafts.display(root.resolve("site/docs/a.md")));
        assertEquals(root.resolve("other/b.md").toString(), drafts.display(root.resolve("other/b.md")));
    }
}
