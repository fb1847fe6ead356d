package dev.papageno.maven;

import dev.papageno.core.api.LintResult;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.report.Reporter;
import dev.papageno.core.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report files of a run, one per requested format, found by id among the core's reporters so
 * that every format the core offers works here too. A report is named {@code papageno.<ext>}
 * when the format's id is its file extension ({@code papageno.json}, {@code papageno.sarif}) and
 * {@code papageno-<id>.<ext>} otherwise ({@code papageno-checkstyle.xml}).
 */
final class ReportFiles {

    /** A format id that is not on the classpath. */
    static final class UnknownFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownFormatException(String message) {
            super(message);
        }
    }

    private final List<Reporter> reporters;

    private ReportFiles(List<Reporter> reporters) {
        this.reporters = List.copyOf(reporters);
    }

    /**
     * The reporters for these ids, in order, each once; blank ids are ignored.
     *
     * @throws UnknownFormatException naming the unknown id and the known ones
     */
    static ReportFiles of(List<String> ids) throws UnknownFormatException {
        Map<String, Reporter> known = Reporters.all();
        Map<String, Reporter> chosen = new LinkedHashMap<>();
        for (String raw : ids) {
            String id = raw.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            Reporter r = known.get(id);
            if (r == null) {
                throw new UnknownFormatException("unknown report format \"" + raw.trim() + "\"; use one of: "
                        + String.join(", ", known.keySet()));
            }
            chosen.putIfAbsent(id, r);
        }
        return new ReportFiles(new ArrayList<>(chosen.values()));
    }

    boolean isEmpty() {
        return reporters.isEmpty();
    }

    /**
     * Removes the reports of formats this run does not write, left by an earlier run with other
     * formats, so that the folder never holds a report that does not match the drafts. Only the
     * names this plugin writes are touched.
     */
    private void removeOthers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        java.util.Set<String> keep = new java.util.HashSet<>();
        reporters.forEach(r -> keep.add(fileName(r)));
        for (Reporter r : Reporters.all().values()) {
            String name = fileName(r);
            if (!keep.contains(name)) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    static String fileName(Reporter r) {
        String ext = r.fileExtension();
        return r.id().equals(ext) ? "papageno." + ext : "papageno-" + r.id() + "." + ext;
    }

    /**
     * Writes every report into {@code folder} (created if needed), each atomically, and returns the
     * files, in format order.
     */
    List<Path> write(LintResult result, ReportOptions options, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        removeOthers(folder);
        if (reporters.isEmpty()) {
            return written;
        }
        Files.createDirectories(folder);
        for (Reporter r : reporters) {
            Path file = folder.resolve(fileName(r));
            // Written beside and renamed: a failed report leaves the previous one whole, never half a file.
            dev.papageno.core.fix.AtomicFiles.write(file, stream -> {
                Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                r.write(result, options, out);
                out.flush();
            });
            written.add(file);
        }
        return written;
    }
}
