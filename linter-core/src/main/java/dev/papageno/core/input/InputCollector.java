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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the paths a user gives into drafts to lint. A file is taken as given; a folder is walked
 * for {@code .md .markdown .mdx .html .htm .txt} files, skipping hidden folders, {@code target/}
 * and {@code node_modules/}; include and exclude globs filter what a walk finds. A path that does
 * not exist becomes an error for that path, and the others go on.
 *
 * <p>Build tools narrow a collector further: {@link #narrowedBy} adds their own globs to the
 * config's, {@link #skipping} keeps walks out of folders that another build checks (a nested
 * module), and {@link #collectFolders} limits how deep a walk goes.
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

        public Collected {
            inputs = List.copyOf(inputs);
            errors = List.copyOf(errors);
        }

        /** Both lots together; a draft found by both appears once, where this lot has it. */
        public Collected and(Collected other) {
            Map<Path, Input> found = new LinkedHashMap<>();
            for (Input in : inputs) {
                found.putIfAbsent(in.path().toAbsolutePath().normalize(), in);
            }
            for (Input in : other.inputs) {
                found.putIfAbsent(in.path().toAbsolutePath().normalize(), in);
            }
            List<FileResult> allErrors = new ArrayList<>(errors);
            allErrors.addAll(other.errors);
            return new Collected(new ArrayList<>(found.values()), allErrors);
        }
    }

    /** Every include group must select a file (an empty group selects everything). */
    private final List<List<PathMatcher>> includeGroups;
    private final List<PathMatcher> exclude;
    private final Set<Path> skipped;

    public InputCollector(List<String> includeGlobs, List<String> excludeGlobs) {
        this(List.of(matchers(includeGlobs)), matchers(excludeGlobs), Set.of());
    }

    private InputCollector(List<List<PathMatcher>> includeGroups, List<PathMatcher> exclude, Set<Path> skipped) {
        this.includeGroups = List.copyOf(includeGroups);
        this.exclude = List.copyOf(exclude);
        this.skipped = Set.copyOf(skipped);
    }

    /**
     * A collector that also applies these globs, relative to the folder walked: a file must match
     * one of {@code includeGlobs} (when there are any) as well as this collector's includes, and a
     * file matching any exclude glob of either is dropped.
     */
    public InputCollector narrowedBy(List<String> includeGlobs, List<String> excludeGlobs) {
        List<List<PathMatcher>> groups = new ArrayList<>(includeGroups);
        groups.add(matchers(includeGlobs));
        List<PathMatcher> ex = new ArrayList<>(exclude);
        ex.addAll(matchers(excludeGlobs));
        return new InputCollector(groups, ex, skipped);
    }

    /** A collector whose walks never enter these folders (a folder to walk inside one is passed over). */
    public InputCollector skipping(Collection<Path> folders) {
        Set<Path> s = new HashSet<>(skipped);
        for (Path f : folders) {
            s.add(f.toAbsolutePath().normalize());
        }
        return new InputCollector(includeGroups, exclude, s);
    }

    /**
     * Walks folders named by a build tool rather than a person: each is searched {@code maxDepth}
     * levels deep (1 takes only the folder's own files). A folder that does not exist is an error
     * for that folder, as in {@link #collect(List)}.
     */
    public Collected collectFolders(List<Path> folders, int maxDepth) {
        Map<Path, Input> found = new LinkedHashMap<>();
        List<FileResult> errors = new ArrayList<>();
        for (Path p : folders) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(FileResult.failed(p.toString(), "no such file or directory"));
            } else if (!Files.isDirectory(p)) {
                errors.add(FileResult.failed(p.toString(), "not a folder"));
            } else if (!insideSkipped(p)) {
                walk(p, maxDepth, found, errors);
            }
        }
        return new Collected(new ArrayList<>(found.values()), errors);
    }

    private boolean insideSkipped(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return skipped.stream().anyMatch(abs::startsWith);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            for (String v : zeroOrMoreFolders(g)) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + v));
            }
        }
        return out;
    }

    /**
     * A glob and its variants in which each {@code **}{@code /} matches no folder at all, as in Ant and
     * Maven ({@code **}{@code /*.md} takes {@code a.md} too); Java's own globs need at least one.
     */
    static List<String> zeroOrMoreFolders(String glob) {
        List<String> out = new ArrayList<>(List.of(glob));
        int at = glob.indexOf("**/");
        if (at >= 0 && (at == 0 || glob.charAt(at - 1) == '/')) {
            String rest = glob.substring(at + 3);
            for (String tail : zeroOrMoreFolders(rest)) {
                String withFolders = glob.substring(0, at + 3) + tail;
                String without = glob.substring(0, at) + tail;
                for (String v : List.of(withFolders, without)) {
                    if (!out.contains(v)) {
                        out.add(v);
                    }
                }
            }
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
                walk(p, Integer.MAX_VALUE, found, errors);
            } else {
                found.putIfAbsent(p.toAbsolutePath().normalize(), new Input(p, display));
            }
        }
        return new Collected(new ArrayList<>(found.values()), errors);
    }

    private void walk(Path root, int maxDepth, Map<Path, Input> found, List<FileResult> errors) {
        try {
            Files.walkFileTree(root, Set.of(), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!skipped.isEmpty() && skipped.contains(dir.toAbsolutePath().normalize())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
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
                    if (attrs.isDirectory() || name.startsWith(".") || !InputFormat.isDraftFileName(name)) {
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
        for (List<PathMatcher> include : includeGroups) {
            if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(rel))) {
                return false;
            }
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
