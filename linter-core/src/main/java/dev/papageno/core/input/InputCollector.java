package dev.papageno.core.input;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
 * Turns the paths a user gives into drafts to lint:
 * <ul>
 *   <li>a file is taken as given, whatever its name;</li>
 *   <li>a folder is walked for {@code .md .markdown .mdx .html .htm .txt} files (and the names an
 *       installed {@link DraftDecoder} reads, such as {@code .docx}), as the
 *       {@link Selection} allows (hidden folders, {@code target/} and {@code node_modules/} skipped,
 *       include and exclude patterns, {@code .papagenoignore});</li>
 *   <li>a path that does not exist but has wildcards ({@code "docs/**}{@code /*.md"}) is a glob,
 *       expanded the same way (useful where the shell does not expand it).</li>
 * </ul>
 * A path that does not exist, or a glob that matches nothing, becomes an error for that path, and
 * the others go on.
 *
 * <p>Build tools narrow a collector further: {@link #narrowedBy} adds globs relative to each folder
 * walked, {@link #skipping} keeps walks out of folders that another build checks (a nested
 * module), and {@link #collectFolders} limits how deep a walk goes.
 */
public final class InputCollector {

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

    private final Selection selection;
    /** Include groups relative to the folder walked; a draft must match one glob of every group. */
    private final List<List<Glob>> narrowIncludes;
    /** Exclude globs relative to the folder walked. */
    private final List<Glob> narrowExcludes;
    private final Set<Path> skipped;

    public InputCollector(Selection selection) {
        this(selection, List.of(), List.of(), Set.of());
    }

    private InputCollector(Selection selection, List<List<Glob>> narrowIncludes, List<Glob> narrowExcludes,
            Set<Path> skipped) {
        this.selection = selection;
        this.narrowIncludes = List.copyOf(narrowIncludes);
        this.narrowExcludes = List.copyOf(narrowExcludes);
        this.skipped = Set.copyOf(skipped);
    }

    /**
     * A collector that also applies these globs, relative to each folder walked: a draft must match
     * one of {@code includeGlobs} (when there are any) besides what this collector already asks,
     * and a draft matching any of {@code excludeGlobs} is left out.
     *
     * @throws IllegalArgumentException for a glob that cannot be read
     */
    public InputCollector narrowedBy(List<String> includeGlobs, List<String> excludeGlobs) {
        List<Glob> includes = includeGlobs.stream().map(Glob::parse).toList();
        List<Glob> excludes = excludeGlobs.stream().map(Glob::parse).toList();
        List<List<Glob>> groups = new ArrayList<>(narrowIncludes);
        if (!includes.isEmpty()) {
            groups.add(includes);
        }
        List<Glob> ex = new ArrayList<>(narrowExcludes);
        ex.addAll(excludes);
        return new InputCollector(selection, groups, ex, skipped);
    }

    /** A collector whose walks never enter these folders (a folder to walk inside one is passed over). */
    public InputCollector skipping(Collection<Path> folders) {
        Set<Path> s = new HashSet<>(skipped);
        for (Path f : folders) {
            s.add(f.toAbsolutePath().normalize());
        }
        return new InputCollector(selection, narrowIncludes, narrowExcludes, s);
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
                walk(p, null, maxDepth, found, errors);
            }
        }
        return new Collected(new ArrayList<>(found.values()), errors);
    }

    private boolean insideSkipped(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return skipped.stream().anyMatch(abs::startsWith);
    }

    /** Whether the narrowing globs (relative to the walked folder) take a file. */
    private boolean narrowedTakes(String rel) {
        for (List<Glob> group : narrowIncludes) {
            if (group.stream().noneMatch(g -> g.matches(rel, false))) {
                return false;
            }
        }
        return narrowExcludes.stream().noneMatch(g -> g.matches(rel, false));
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
                walk(p, null, Integer.MAX_VALUE, found, errors);
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
        walk(walkRoot, new GlobFilter(glob, anyExtension), Integer.MAX_VALUE, found, errors);
        if (found.size() == before) {
            errors.add(FileResult.failed(pattern, "no files match this pattern"));
        }
    }

    /**
     * Whether a symbolic link found in a walk points out of the folder walked: such a file is not
     * taken (so {@code --fix} never rewrites a file outside the tree). A broken link stays in, to be
     * reported.
     */
    private static boolean leavesTree(Path link, Path tree) {
        try {
            return !link.toRealPath().startsWith(tree);
        } catch (IOException e) {
            return false;
        }
    }

    /** A name that walks take: a text format's extension, or one an installed {@link DraftDecoder} reads. */
    private static boolean isDraftFileName(String name) {
        return InputFormat.isDraftFileName(name) || DraftDecoder.forFileName(name).isPresent();
    }

    private record GlobFilter(Glob glob, boolean anyExtension) {
    }

    private void walk(Path root, GlobFilter filter, int maxDepth, Map<Path, Input> found, List<FileResult> errors) {
        boolean bare = root.toString().equals(".") || root.toString().isEmpty();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root.toAbsolutePath().normalize();
        }
        Path tree = realRoot;
        try {
            Files.walkFileTree(root, Set.of(), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!skipped.isEmpty() && skipped.contains(dir.toAbsolutePath().normalize())) {
                        return FileVisitResult.SKIP_SUBTREE;
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
                    if (attrs.isDirectory() || name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    // The checks up to takesFile only pass a file over, so the cheapest goes first.
                    if ((filter == null || !filter.anyExtension()) && !isDraftFileName(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path rel = root.relativize(file);
                    String slashedRel = Selection.slashed(rel);
                    if (!narrowedTakes(slashedRel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (filter != null && !filter.glob().matches(slashedRel, false)) {
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
                    if (attrs.isSymbolicLink() && leavesTree(file, tree)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path shown = bare ? rel : file;
                    found.putIfAbsent(file.toAbsolutePath().normalize(), new Input(file, shown.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (isDraftFileName(file.getFileName().toString()) || Files.isDirectory(file)) {
                        Path shown = bare ? root.relativize(file) : file;
                        errors.add(FileResult.failed(shown.toString(), "cannot read: " + IoErrors.reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(FileResult.failed(root.toString(), "cannot read folder: " + IoErrors.reason(e)));
        }
    }
}
