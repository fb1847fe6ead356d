package dev.papageno.maven;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The drafts one Maven project owns: the files under its source folders (by default
 * {@code src/site}, {@code docs}, {@code content}, {@code posts} and the Markdown and HTML files
 * directly in its base folder), narrowed by its includes and excludes, and never the folders of
 * its modules, which their own builds check. Paths are shown relative to the folder Maven was
 * started in, so every module's findings read the same way.
 */
final class ProjectDrafts {

    /** The folders searched when none are configured, relative to the project's base folder. */
    static final List<String> DEFAULT_FOLDERS = List.of("src/site", "docs", "content", "posts");

    /** The files taken from the project's base folder itself when no folders are configured. */
    static final List<String> TOP_LEVEL_GLOBS = List.of("*.md", "*.markdown", "*.mdx", "*.html", "*.htm");

    private final Path basedir;
    private final List<Path> configuredFolders;
    private final List<String> includes;
    private final List<String> excludes;
    private final List<Path> moduleFolders;
    private final Path displayRoot;

    /**
     * @param basedir           the project's base folder
     * @param configuredFolders the folders the user configured (relative ones against {@code basedir}), or empty
     *                          for the defaults
     * @param includes          globs a draft must match (any one), relative to its folder; empty for all drafts
     * @param excludes          globs of drafts to leave out
     * @param moduleFolders     base folders of nested modules, never entered
     * @param displayRoot       paths are shown relative to this folder when they are inside it
     */
    ProjectDrafts(Path basedir, List<Path> configuredFolders, List<String> includes, List<String> excludes,
            List<Path> moduleFolders, Path displayRoot) {
        this.basedir = basedir.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        for (Path p : configuredFolders) {
            folders.add(this.basedir.resolve(p).normalize());
        }
        this.configuredFolders = List.copyOf(folders);
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.moduleFolders = List.copyOf(moduleFolders);
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /** Whether the default folders are in use. */
    boolean usesDefaults() {
        return configuredFolders.isEmpty();
    }

    /** The folders walked in full: the configured ones, or the default ones that exist. */
    List<Path> folders() {
        if (!usesDefaults()) {
            return configuredFolders;
        }
        List<Path> out = new ArrayList<>();
        for (String d : DEFAULT_FOLDERS) {
            Path p = basedir.resolve(d);
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Configured folders that do not exist (a typo, or a module without them). */
    List<Path> missingFolders() {
        return configuredFolders.stream().filter(p -> !Files.isDirectory(p)).toList();
    }

    /** Finds the drafts with the linter's collector (it applies the config's globs), narrowed by this project's. */
    InputCollector.Collected collect(InputCollector base) {
        InputCollector collector = base.narrowedBy(includes, excludes).skipping(moduleFolders);
        List<Path> walked = folders().stream().filter(Files::isDirectory).toList();
        InputCollector.Collected found = collector.collectFolders(walked, Integer.MAX_VALUE);
        if (usesDefaults()) {
            found = found.and(collector.narrowedBy(TOP_LEVEL_GLOBS, List.of()).collectFolders(List.of(basedir), 1));
        }
        List<Input> inputs = found.inputs().stream().map(in -> new Input(in.path(), display(in.path()))).toList();
        List<FileResult> errors = found.errors().stream()
                .map(e -> FileResult.failed(display(Path.of(e.path())), e.error().orElse("cannot read"))).toList();
        return new InputCollector.Collected(inputs, errors);
    }

    /** A path as the log and reports show it. */
    String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(displayRoot) && !abs.equals(displayRoot)) {
            return displayRoot.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    /** Where drafts were looked for, for a message such as "no drafts found in ...". */
    String describeFolders() {
        List<String> names = new ArrayList<>();
        for (Path f : usesDefaults() ? DEFAULT_FOLDERS.stream().map(basedir::resolve).toList() : configuredFolders) {
            names.add(display(f));
        }
        if (usesDefaults()) {
            names.add("the Markdown and HTML files in " + (basedir.equals(displayRoot) ? "the project folder"
                    : display(basedir)));
        }
        return String.join(", ", names);
    }
}
