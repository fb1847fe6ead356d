package dev.papageno.maven;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.fix.FixException;
import dev.papageno.core.fix.FixedFile;
import dev.papageno.core.fix.Fixer;
import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import dev.papageno.core.report.Printable;
import dev.papageno.core.api.Summary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies the automatic fixes to the project's drafts, as {@code papageno check --fix} does: the
 * first suggestion of every fixable finding, in as many passes as needed, each file written
 * atomically with its encoding, byte-order mark and line endings kept. It takes the same drafts,
 * config and settings as {@code papageno:check}, logs each file it fixed and then the findings that
 * are left, and never fails the build for findings: run {@code papageno:check} for that.
 * Run it by hand: {@code mvn papageno:fix}.
 */
@Mojo(name = "fix", threadSafe = true)
public final class FixMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            getLog().info("Papageno: fix skipped (papageno.skip)");
            return;
        }
        ProjectDrafts drafts = drafts();
        try (Linter linter = linter(drafts)) {
            InputCollector.Collected found = drafts.collect(linter.inputCollector());
            Map<String, Path> files = new HashMap<>();
            for (Input in : found.inputs()) {
                files.put(in.display(), in.path());
            }
            LintResult result = linter.lint(LintRequest.collected(found));
            Fixer fixer = new Fixer(linter);
            int fixedFindings = 0;
            int fixedFiles = 0;
            java.util.List<FileResult> after = new java.util.ArrayList<>();
            for (FileResult r : result.files()) {
                Path file = files.get(r.path());
                if (file == null || r.hasError() || r.fixable().isEmpty()) {
                    after.add(r);
                    continue;
                }
                FixedFile fixed = fixer.fix(r);
                if (!fixed.changed()) {
                    after.add(r);
                    continue;
                }
                try {
                    fixer.write(file, fixed);
                } catch (FixException e) {
                    getLog().error(Printable.of("Papageno: " + r.path() + ": not fixed: " + e.getMessage()));
                    after.add(r);
                    continue;
                }
                getLog().info(Printable.of("Papageno: fixed " + Summary.plural(fixed.applied(), "finding") + " in "
                        + r.path()));
                fixedFindings += fixed.applied();
                fixedFiles++;
                after.add(linter.lint(LintRequest.file(file, r.path())).only());
            }
            LintResult left = new LintResult(after);
            new FindingLog(getLog()).findings(left);
            getLog().info("Papageno: fixed " + Summary.plural(fixedFindings, "finding") + " in "
                    + Summary.plural(fixedFiles, "draft") + "; left: " + FindingLog.summary(left));
        } catch (Linter.LintFailure e) {
            throw new MojoExecutionException(Printable.of("Papageno: " + e.getMessage()), e);
        }
    }
}
