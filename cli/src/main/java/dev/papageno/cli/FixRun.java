package dev.papageno.cli;

import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Summary;
import dev.papageno.core.fix.FixException;
import dev.papageno.core.fix.FixedFile;
import dev.papageno.core.fix.Fixer;
import dev.papageno.core.report.Printable;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code check --fix} and {@code --fix-dry-run}: the fixes of a run applied, or shown as diffs. */
final class FixRun {

    private FixRun() {
    }

    /**
     * What fixing gave.
     *
     * @param result the result to report: after the fixes for {@code --fix}, as linted for a dry run
     * @param code   the worst exit code fixing caused
     */
    record Fixing(LintResult result, ExitCode code) {
    }

    /**
     * Fixes the files of a run, or shows the diffs for a dry run, and says what was fixed unless
     * {@code quiet}.
     *
     * @param result what the run found
     * @param paths  the file each result's path names; standard input has none
     * @param stdout where {@code --fix} prints standard input, fixed or as it was, whole
     */
    static Fixing fix(Linter linter, LintResult result, Map<String, Path> paths, boolean fixDryRun, boolean quiet,
            PrintWriter out, PrintWriter err, PrintWriter stdout) {
        Fixer fixer = new Fixer(linter);
        List<FileResult> after = new ArrayList<>();
        // A file with several names (a symbolic link beside it, two links given) is fixed once.
        // The identities are read before anything is written: a fixed file is a new file.
        java.util.Set<Object> seen = new java.util.HashSet<>();
        Map<String, Object> keys = new HashMap<>();
        for (FileResult r : result.files()) {
            Path file = paths.get(r.path());
            if (file != null && !r.hasError() && !r.fixable().isEmpty()) {
                keys.put(r.path(), fileKey(file));
            }
        }
        ExitCode code = ExitCode.OK;
        int findings = 0;
        int files = 0;
        for (FileResult r : result.files()) {
            Path file = paths.get(r.path());
            if (r.hasError() || r.fixable().isEmpty()) {
                if (file == null && !fixDryRun && !r.hasError()) {
                    print(stdout, r.source().map(SourceText::text).orElse(""));
                }
                after.add(r);
                continue;
            }
            if (file == null && !fixDryRun) {
                FixedFile fixed = fixer.fix(r);
                print(stdout, fixed.text());
                after.add(fixed.changed() ? linter.lint(LintRequest.bytes(r.path(), fixed.bytes())).only() : r);
                findings += fixed.applied();
                files += fixed.changed() ? 1 : 0;
                continue;
            }
            Object key = keys.get(r.path());
            if (key != null && !seen.add(key)) {
                after.add(fixDryRun ? r : linter.lint(LintRequest.file(file, r.path())).only());
                continue;
            }
            FixedFile fixed = fixer.fix(r);
            if (!fixed.changed()) {
                after.add(r);
                continue;
            }
            if (fixDryRun) {
                out.print(fixed.diff());
                after.add(r);
            } else {
                try {
                    fixer.write(file, fixed);
                } catch (FixException e) {
                    Say.error(err, Printable.of(r.path()) + ": not fixed: " + e.getMessage());
                    code = code.max(ExitCode.USAGE_OR_INPUT);
                    after.add(r);
                    continue;
                }
                after.add(linter.lint(LintRequest.file(file, r.path())).only());
            }
            findings += fixed.applied();
            files++;
        }
        out.flush();
        if (!quiet) {
            String what = findings == 0 ? "Nothing to fix." : (fixDryRun ? "Would fix " : "Fixed ")
                    + Summary.plural(findings, "finding") + " in " + Summary.plural(files, "file") + ".";
            Say.error(err, what);
        }
        return new Fixing(new LintResult(after), code);
    }

    private static void print(PrintWriter stdout, String text) {
        stdout.print(text);
        stdout.flush();
    }

    /** The identity of the file a path names (device and inode), or null when it cannot be read. */
    private static Object fileKey(Path file) {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
