package dev.papageno.core.input;

import dev.papageno.core.FileResult;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the paths a user gives into drafts to lint:
 * <ul>
 *   <li>a file is taken as given, whatever its name;</li>
 *   <li>a folder is walked for {@code .md .markdown .mdx .html .htm .txt} files, as the
 *       {@link Selection} allows (hidden folders, {@code target/} and {@code node_modules/} skipped,
 *       include and exclude patterns, {@code .papagenoignore});</li>
 *   <li>a path that does not exist but has wildcards ({@code "docs/**}{@code /*.md"}) is a glob,
 *       expanded the same way (useful where the shell does not expand it).</li>
 * </ul>
 * A path that does not exist, or a glob that matches nothing, becomes an error for that path, and
 * the others go on.
 */
public final class InputCollector {

    /**
     * What was found.
     *
     * @param inputs the drafts, in the order found, each once
     * @param errors paths that could not be used, with why
     */
    public record Collected(List<Input> inputs, List<FileResult> errors) {
    }

    private final Selection selection;

    public InputCollector(Selection selection) {
        this.selection = selection;
    }

    /** Include and exclude patterns relative to the working folder. */
    public InputCollector(List<String> includeGlobs, List<String> excludeGlobs) {
        this(withPatterns(includeGlobs, excludeGlobs));
    }

    private static Selection withPatterns(List<String> includeGlobs, List<String> excludeGlobs) {
        Path here = Path.of("").toAbsolutePath();
        Selection s = Selection.DEFAULT;
        if (!includeGlobs.isEmpty()) {
            s = s.include(Selection.Patterns.of(here, includeGlobs));
        }
        if (!excludeGlobs.isEmpty()) {
            s = s.exclude(Selection.Patterns.of(here, excludeGlobs));
        }
        return s;
    }

    public Collected collect(List<Path> paths) {
        Map<Path, Input> found = new LinkedHashMap<>();
        List<FileResult> errors = new ArrayList<>();
        for (Path p : paths) {
            String display = p.toString();
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                if (Glob.hasWildcards(display)) {
                    expand(display, found, errors);
                } else {
                    errors.add(FileResult.failed(display, "no such file or directory"));
                }
            } else if (Files.isDirectory(p)) {
                walk(p, null, found, errors);
            } else {
                found.putIfAbsent(p.toAbsolutePath().normalize(), new Input(p, display));
            }
        }
        return new Collected(new ArrayList<>(found.values()), errors);
    }

    /** Expands a glob: walks the folder before its first wildcard and keeps what the rest matches. */
    private void expand(String pattern, Map<Path, Input> found, List<FileResult> errors) {
        String norm = pattern.replace('\\', '/');
        String[] parts = norm.split("/", -1);
        int first = 0;
        while (first < parts.length && !Glob.hasWildcards(parts[first])) {
            first++;
        }
        String basePart = String.join("/", java.util.Arrays.copyOfRange(parts, 0, first));
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
        Path walkRoot = first == 0 ? Path.of(".") : Path.of(basePart.isEmpty() ? "/" : basePart);
        Glob glob;
        try {
            glob = Glob.parse("/" + rest);
        } catch (IllegalArgumentException e) {
            errors.add(FileResult.failed(pattern, e.getMessage()));
            return;
        }
        if (!Files.isDirectory(walkRoot)) {
            errors.add(FileResult.failed(pattern, "no files match (no folder " + walkRoot + ")"));
            return;
        }
        String lastPart = parts[parts.length - 1];
        boolean anyExtension = lastPart.contains(".") && !lastPart.endsWith("*");
        int before = found.size();
        walk(walkRoot, new GlobFilter(glob, anyExtension), found, errors);
        if (found.size() == before) {
            errors.add(FileResult.failed(pattern, "no files match this pattern"));
        }
    }

    private record GlobFilter(Glob glob, boolean anyExtension) {
    }

    private void walk(Path root, GlobFilter filter, Map<Path, Input> found, List<FileResult> errors) {
        boolean bare = root.toString().equals(".") || root.toString().isEmpty();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    try {
                        return selection.entersFolder(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    } catch (IgnoreFile.BadIgnoreFile e) {
                        errors.add(FileResult.failed(e.file(), e.detail()));
                        return FileVisitResult.CONTINUE;
                    }
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path rel = root.relativize(file);
                    if (filter != null) {
                        if (!filter.glob().matches(Selection.slashed(rel), false)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (!filter.anyExtension() && !InputFormat.isDraftFileName(name)) {
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!InputFormat.isDraftFileName(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    try {
                        if (!selection.takesFile(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                    } catch (IgnoreFile.BadIgnoreFile e) {
                        errors.add(FileResult.failed(e.file(), e.detail()));
                        if (!selection.takesFile(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    Path shown = bare ? rel : file;
                    found.putIfAbsent(file.toAbsolutePath().normalize(), new Input(file, shown.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (InputFormat.isDraftFileName(file.getFileName().toString()) || Files.isDirectory(file)) {
                        Path shown = bare ? root.relativize(file) : file;
                        errors.add(FileResult.failed(shown.toString(), "cannot read: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(FileResult.failed(root.toString(), "cannot read folder: " + reason(e)));
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
