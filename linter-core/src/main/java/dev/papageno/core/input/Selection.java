package dev.papageno.core.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files a folder walk or a glob picks up. Files named one by one are always checked; what a
 * walk finds must:
 * <ul>
 *   <li>not be in a hidden folder, {@code target/} or {@code node_modules/};</li>
 *   <li>match one of the include patterns, when there are any;</li>
 *   <li>match none of the exclude patterns;</li>
 *   <li>not be ignored by a {@code .papagenoignore} in its folder or a folder above it (up to the
 *       top of the repository: the nearest folder with {@code .git}).</li>
 * </ul>
 * Patterns are relative to a base folder: the folder of {@code .papageno.yml} for patterns from
 * the config, the working folder for patterns given on the command line.
 */
public final class Selection {

    /** Folders never walked into, besides hidden ones. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    /** No patterns; ignore files are read. */
    public static final Selection DEFAULT = new Selection(List.of(), List.of(), true);

    /**
     * Patterns with the folder they are relative to.
     *
     * @param base     absolute folder
     * @param patterns the patterns
     */
    public record Patterns(Path base, List<Glob> patterns) {
        public Patterns {
            base = base.toAbsolutePath().normalize();
            patterns = List.copyOf(patterns);
        }

        /** Compiles pattern strings; a bad one is an {@link IllegalArgumentException}. */
        public static Patterns of(Path base, List<String> globs) {
            return new Patterns(base, globs.stream().map(Glob::parse).toList());
        }

        boolean matches(Path absolute, boolean isDir) {
            String rel;
            if (absolute.startsWith(base)) {
                if (absolute.equals(base)) {
                    return false;
                }
                rel = slashed(base.relativize(absolute));
            } else {
                rel = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
            }
            for (Glob g : patterns) {
                if (g.matchesOrParent(rel, isDir)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Patterns> include;
    private final List<Patterns> exclude;
    private final boolean ignoreFiles;
    private final Map<Path, Optional<IgnoreFile>> ignoreCache = new ConcurrentHashMap<>();
    /** Whether a folder holds {@code .git} (is the top of a repository), kept as long as the ignore files. */
    private final Map<Path, Boolean> repositoryTops = new ConcurrentHashMap<>();

    public Selection(List<Patterns> include, List<Patterns> exclude, boolean ignoreFiles) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.ignoreFiles = ignoreFiles;
    }

    /** This selection and more include patterns. */
    public Selection include(Patterns more) {
        List<Patterns> l = new ArrayList<>(include);
        l.add(more);
        return new Selection(l, exclude, ignoreFiles);
    }

    /** This selection and more exclude patterns. */
    public Selection exclude(Patterns more) {
        List<Patterns> l = new ArrayList<>(exclude);
        l.add(more);
        return new Selection(include, l, ignoreFiles);
    }

    /** This selection, reading {@code .papagenoignore} files or not. */
    public Selection ignoreFiles(boolean read) {
        return new Selection(include, exclude, read);
    }

    /**
     * Whether a walk goes into this folder (never asked for the folder the walk starts at).
     *
     * @throws IgnoreFile.BadIgnoreFile the first time a broken ignore file is met; it is then left out
     */
    public boolean entersFolder(Path dir) {
        Path name = dir.getFileName();
        if (name != null && (name.toString().startsWith(".") || SKIPPED_FOLDERS.contains(name.toString()))) {
            return false;
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (excluded(abs, true)) {
            return false;
        }
        return !ignored(abs, true);
    }

    /**
     * Whether a walk takes this file (its name is already known to be a draft's).
     *
     * @throws IgnoreFile.BadIgnoreFile the first time a broken ignore file is met; it is then left out
     */
    public boolean takesFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matches(abs, false))) {
            return false;
        }
        if (excluded(abs, false)) {
            return false;
        }
        return !ignored(abs, false);
    }

    private boolean excluded(Path abs, boolean isDir) {
        for (Patterns p : exclude) {
            if (p.matches(abs, isDir)) {
                return true;
            }
        }
        return false;
    }

    /** The ignore files from the top of the repository down to the path's folder decide, innermost last. */
    private boolean ignored(Path abs, boolean isDir) {
        if (!ignoreFiles) {
            return false;
        }
        List<IgnoreFile> files = new ArrayList<>();
        Path d = abs.getParent();
        while (d != null) {
            ignoreFile(d).ifPresent(files::add);
            if (isRepositoryTop(d)) {
                break;
            }
            d = d.getParent();
        }
        Boolean verdict = null;
        for (int i = files.size() - 1; i >= 0; i--) {
            Boolean v = files.get(i).verdict(abs, isDir);
            if (v != null) {
                verdict = v;
            }
        }
        return Boolean.TRUE.equals(verdict);
    }

    private boolean isRepositoryTop(Path dir) {
        Boolean cached = repositoryTops.get(dir);
        if (cached != null) {
            return cached;
        }
        boolean top = Files.exists(dir.resolve(".git"));
        repositoryTops.put(dir, top);
        return top;
    }

    private Optional<IgnoreFile> ignoreFile(Path dir) {
        Optional<IgnoreFile> cached = ignoreCache.get(dir);
        if (cached != null) {
            return cached;
        }
        try {
            Optional<IgnoreFile> f = IgnoreFile.in(dir);
            ignoreCache.put(dir, f);
            return f;
        } catch (IgnoreFile.BadIgnoreFile e) {
            ignoreCache.put(dir, Optional.empty());
            throw e;
        }
    }

    /** A relative path with {@code /} between names, whatever the platform. */
    static String slashed(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
