package dev.papageno.core.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code .papagenoignore}: patterns in {@code .gitignore} syntax, relative to the folder the
 * file is in. Blank lines and lines starting with {@code #} are skipped; {@code !} re-includes; the
 * last pattern that matches decides.
 *
 * @param folder   the folder the file is in, absolute
 * @param patterns the patterns in file order
 */
public record IgnoreFile(Path folder, List<Glob> patterns) {

    /** The file name looked for in every folder. */
    public static final String NAME = ".papagenoignore";

    /** The largest ignore file read. */
    public static final long MAX_BYTES = 1024 * 1024;

    public IgnoreFile {
        patterns = List.copyOf(patterns);
    }

    /** An ignore file that cannot be read or has a bad pattern. */
    public static final class BadIgnoreFile extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String file;
        private final String detail;

        BadIgnoreFile(String file, String detail, Throwable cause) {
            super(file + ": " + detail, cause);
            this.file = file;
            this.detail = detail;
        }

        /** The ignore file, as a path. */
        public String file() {
            return file;
        }

        /** What is wrong, with the line number when there is one. */
        public String detail() {
            return detail;
        }
    }

    /** Parses the text of an ignore file; a bad line is an error naming the file and line. */
    public static IgnoreFile parse(Path folder, String text, String fileName) {
        List<Glob> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripTrailingSpaces(lines[i]);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(Glob.parse(line));
            } catch (IllegalArgumentException e) {
                throw new BadIgnoreFile(fileName, "line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new IgnoreFile(folder, out);
    }

    /**
     * Reads the ignore file of a folder, if it has one.
     *
     * @throws BadIgnoreFile when the file cannot be read or has a bad pattern
     */
    public static Optional<IgnoreFile> in(Path folder) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadIgnoreFile(file.toString(), "too large (" + MAX_BYTES / 1024 + " KB is the limit)", null);
            }
            return Optional.of(parse(folder.toAbsolutePath().normalize(), Files.readString(file, StandardCharsets.UTF_8),
                    file.toString()));
        } catch (IOException e) {
            throw new BadIgnoreFile(file.toString(), "cannot read: " + IoErrors.reason(e), e);
        }
    }

    /**
     * What this file says about a path: {@code TRUE} ignored, {@code FALSE} re-included, null when no
     * pattern matches.
     */
    public Boolean verdict(Path absolute, boolean isDir) {
        if (!absolute.startsWith(folder) || absolute.equals(folder)) {
            return null;
        }
        String rel = Selection.slashed(folder.relativize(absolute));
        Boolean verdict = null;
        for (Glob g : patterns) {
            if (g.matches(rel, isDir)) {
                verdict = !g.negated();
            }
        }
        return verdict;
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            if (end >= 2 && s.charAt(end - 2) == '\\') {
                break;
            }
            end--;
        }
        return s.substring(0, end);
    }
}
