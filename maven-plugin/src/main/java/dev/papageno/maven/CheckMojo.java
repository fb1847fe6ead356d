package dev.papageno.maven;

import dev.papageno.core.ConfigException;
import dev.papageno.core.FileResult;
import dev.papageno.core.Finding;
import dev.papageno.core.LintResult;
import dev.papageno.core.Linter;
import dev.papageno.core.Severity;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks the project's drafts and fails the build on findings at or above the threshold. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** Skip the check. */
    @Parameter(property = "papageno.skip", defaultValue = "false")
    private boolean skip;

    /** Lowest severity that fails the build: error, warning, info or none. */
    @Parameter(property = "papageno.failOn")
    private String failOn;

    /** Folders to search for drafts. */
    @Parameter(property = "papageno.sourceDirectories")
    private List<File> sourceDirectories;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Papageno check skipped.");
            return;
        }
        List<Path> roots = new ArrayList<>();
        List<File> dirs = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(new File(basedir, "src/site"), new File(basedir, "docs"), new File(basedir, "content"),
                        new File(basedir, "posts"))
                : sourceDirectories;
        for (File d : dirs) {
            if (Files.isDirectory(d.toPath())) {
                roots.add(d.toPath());
            }
        }
        if (roots.isEmpty()) {
            getLog().info("Papageno: no drafts to check.");
            return;
        }
        Linter.Builder builder = Linter.builder();
        try {
            Config config = ConfigLoader.discover(basedir.toPath());
            builder.config(config);
            if (failOn != null) {
                builder.failOn(dev.papageno.core.FailPolicy.parseThreshold(failOn));
            }
        } catch (ConfigException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        try (Linter linter = builder.build()) {
            LintResult result = linter.lint(roots);
            for (FileResult f : result.files()) {
                f.error().ifPresent(e -> getLog().error(f.path() + ": " + e));
                for (Finding x : f.findings()) {
                    String line = f.path() + ":[" + x.line() + "," + x.column() + "] " + x.rule() + ": "
                            + x.message();
                    if (x.severity() == Severity.ERROR) {
                        getLog().error(line);
                    } else {
                        getLog().warn(line);
                    }
                }
            }
            Optional<String> failure = linter.failPolicy().failureReason(result);
            if (failure.isPresent()) {
                throw new MojoFailureException("Papageno: " + failure.get());
            }
        } catch (ConfigException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
