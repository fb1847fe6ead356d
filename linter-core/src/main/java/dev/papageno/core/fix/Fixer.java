package dev.papageno.core.fix;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.input.IoErrors;
import dev.papageno.core.Linter;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceDecodingException;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the first suggestion of every fixable finding. A fix can uncover or overlap another, so
 * fixing runs in passes, linting the fixed text again each time, until no fixable finding is left
 * (at most {@value #MAX_PASSES} passes); running it again on its own output changes nothing.
 *
 * <pre>{@code
 * Fixer fixer = new Fixer(linter);
 * FixedFile fixed = fixer.fix(result);          // nothing written yet
 * System.out.print(fixed.diff());               // or:
 * fixer.write(Path.of("post.md"), fixed);       // atomic; charset, BOM and line endings kept
 * }</pre>
 */
public final class Fixer {

    /** The most passes over one input. */
    public static final int MAX_PASSES = 10;

    private final Linter linter;
    private final AtomicFiles.BeforeRename beforeRename;

    public Fixer(Linter linter) {
        this(linter, AtomicFiles.BeforeRename.NONE);
    }

    /**
     * A fixer that runs {@code beforeRename} when a fixed copy is on disk, just before the file is
     * checked for the last time and replaced: a seam for tests that change the file at that moment.
     */
    public Fixer(Linter linter, AtomicFiles.BeforeRename beforeRename) {
        this.linter = linter;
        this.beforeRename = beforeRename;
    }

    /**
     * Works out the fixed text of a linted input; writes nothing. An input that could not be read is
     * returned unchanged.
     */
    public FixedFile fix(FileResult result) {
        if (result.source().isEmpty()) {
            return new FixedFile(result.path(), SourceText.of(result.path(), ""), "", 0, List.of());
        }
        SourceText original = result.source().get();
        InputFormat format = linter.formatFor(result.path());
        SourceText current = original;
        List<Finding> findings = result.findings();
        int applied = 0;
        List<String> skipped = List.of();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Document doc = DocumentParser.forFormat(format).parse(current);
            FixPlan plan = FixPlan.of(current, findings, doc, original.charset());
            skipped = plan.skipped();
            if (plan.isEmpty()) {
                break;
            }
            applied += plan.edits().size();
            current = SourceText.of(original.name(), plan.apply(current.text()));
            findings = linter.lint(LintRequest.source(current, format)).findings();
            if (findings.stream().noneMatch(f -> f.fix().isPresent())) {
                skipped = List.of();
                break;
            }
        }
        return new FixedFile(result.path(), original, current.text(), applied, skipped);
    }

    /**
     * Writes a fixed file back in place of {@code path} (a symbolic link is followed to its file):
     * checks that the file still holds what was linted and that writing it back changes no byte
     * outside the fixes, then replaces it atomically, keeping its owner, group and mode, and only if
     * it is still the same file with the same bytes just before the rename (see {@link AtomicFiles}).
     * A file with more than one name (hard link) is left alone: a new copy would split its names.
     *
     * @return the file's identity (device and inode), or null when there was nothing to write
     * @throws FixException when the file changed, cannot be written back byte for byte, or cannot be
     *                      written at all
     */
    public Object write(Path path, FixedFile fixed) throws FixException {
        if (!fixed.changed()) {
            return null;
        }
        SourceText original = fixed.original();
        AtomicFiles.Snapshot was;
        try {
            was = AtomicFiles.Snapshot.of(path.toRealPath());
        } catch (AtomicFiles.ChangedException e) {
            throw new FixException(e.getMessage() + "; not fixed", e);
        } catch (IOException e) {
            throw new FixException("cannot read it again: " + IoErrors.reason(e), e);
        }
        byte[] onDisk = was.bytes();
        try {
            SourceText now = SourceText.decode(original.name(), onDisk, original.charset());
            if (!now.text().equals(original.text()) || now.hasBom() != original.hasBom()) {
                throw new FixException("it changed while it was being checked; not fixed");
            }
        } catch (SourceDecodingException e) {
            throw new FixException("it changed while it was being checked; not fixed", e);
        }
        if (!Arrays.equals(original.encode(original.text()), onDisk)) {
            throw new FixException("writing it back as " + original.charset().name()
                    + " would change bytes outside the fixes; not fixed");
        }
        int links = was.links();
        if (links > 1) {
            throw new FixException("it has " + links + " hard links, which a fixed copy would split; not fixed"
                    + " (fix it through --fix-dry-run and git apply)");
        }
        try {
            AtomicFiles.replace(was, fixed.bytes(), beforeRename);
        } catch (AtomicFiles.ChangedException e) {
            throw new FixException(e.getMessage(), e);
        } catch (IOException e) {
            throw new FixException("cannot write it: " + IoErrors.reason(e), e);
        }
        return was.key();
    }
}
