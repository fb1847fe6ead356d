package dev.papageno.core.input;

import dev.papageno.core.FileResult;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the paths a user gives into drafts to lint. A file is taken as given; a folder is walked
 * for {@code .md .markdown .mdx .html .htm .txt} files, skipping hidden folders, {@code target/}
 * and {@code node_modules/}; include and exclude globs filter what a walk finds. A path that does
 * not exist becomes an error for that path, and the others go on.
 */
public final class InputCollector {

    private static final Set<String> SKIPPED_DIRS = Set.of("target", "node_modules");

    /**
     * What was found.
     *
     * @param inputs the drafts, in the order found, each once
     * @param errors paths that could not be used, with why
     */
    public record Collected(List<Input> inputs, List<FileResult> errors) {
    }

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    public InputCollector(List<String> includeGlobs, List<String> excludeGlobs) {
        this.include = matchers(includeGlobs);
        this.exclude = matchers(excludeGlobs);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }

    public Collected collect(List<Path> paths) {
        Map<Path, Input> found = new LinkedHashMap<>();
        List<FileResult> errors = new ArrayList<>();
        for (Path p : paths) {
            String display = p.toString();
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(FileResult.failed(display, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                walk(p, found, errors);
            } else {
                found.putIfAbsent(p.toAbsolutePath().normalize(), new Input(p, display));
            }
        }
        return new Collected(new ArrayList<>(found.values()), errors);
    }

    private void walk(Path root, Map<Path, Input> found, List<FileResult> errors) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || SKIPPED_DIRS.contains(name)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || !InputFormat.isDraftFileName(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path rel = root.relativize(file);
                    if (!selected(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    found.putIfAbsent(file.toAbsolutePath().normalize(), new Input(file, file.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (InputFormat.isDraftFileName(file.getFileName().toString()) || Files.isDirectory(file)) {
                        errors.add(FileResult.failed(file.toString(), "cannot read: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(FileResult.failed(root.toString(), "cannot read folder: " + reason(e)));
        }
    }

    private boolean selected(Path rel) {
        if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(rel))) {
            return false;
        }
        return exclude.stream().noneMatch(m -> m.matches(rel));
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
