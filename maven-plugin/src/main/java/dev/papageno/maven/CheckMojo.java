package dev.papageno.maven;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import dev.papageno.core.input.InputCollector;
import dev.papageno.core.report.Printable;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.api.Summary;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's drafts (Markdown, HTML and plain text) against the safe-messaging rules,
 * logs each finding like a compiler diagnostic, writes the requested reports and fails the build
 * when the findings break the fail policy: by default any warning or error. The policy is the
 * core's, so {@code mvn verify} and {@code papageno check} always agree.
 *
 * <p>Settings given here win over the same settings in {@code .papageno.yml}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "papageno.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or
     * {@code none}. Default: {@code failOn} in {@code .papageno.yml}, else {@code warning}.
     */
    @Parameter(property = "papageno.failOn")
    private String failOn;

    /**
     * Also fail when there are more findings than this, of any severity. Default:
     * {@code maxFindings} in {@code .papageno.yml}, else no limit.
     */
    @Parameter(property = "papageno.maxFindings")
    private Integer maxFindings;

    /**
     * Folders searched for drafts ({@code .md .markdown .mdx .html .htm .txt}), relative to the
     * project's base folder. Default: {@code src/site}, {@code docs}, {@code content} and
     * {@code posts} where they exist, and the Markdown and HTML files directly in the base folder.
     * Folders of the project's modules are never searched: each module checks its own.
     */
    @Parameter(property = "papageno.sourceDirectories")
    private List<File> sourceDirectories;

    /**
     * Globs, relative to each folder searched, of the drafts to check (any one must match), for
     * example {@code **&#47;*.md}. Default: every draft. Applied on top of {@code include} in
     * {@code .papageno.yml}.
     */
    @Parameter(property = "papageno.includes")
    private List<String> includes;

    /**
     * Globs, relative to each folder searched, of drafts to leave out, for example
     * {@code archive/**}. Applied on top of {@code exclude} in {@code .papageno.yml}.
     */
    @Parameter(property = "papageno.excludes")
    private List<String> excludes;

    /**
     * The config file. Default: {@code .papageno.yml} in the project's base folder or the nearest
     * folder above it, as the command line finds it.
     */
    @Parameter(property = "papageno.configFile")
    private File configFile;

    /** The readers' region for crisis resources: us, ca, uk, ie, au, nz or intl. Default: the config's, else none. */
    @Parameter(property = "papageno.region")
    private String region;

    /** {@code blog}, {@code news} or {@code clinical}. Default: the config's, else {@code blog}. */
    @Parameter(property = "papageno.profile")
    private String profile;

    /**
     * The charset of drafts without a byte-order mark. Default: {@code encoding} in
     * {@code .papageno.yml}, else {@code project.build.sourceEncoding}, else UTF-8.
     */
    @Parameter(property = "papageno.encoding")
    private String encoding;

    /**
     * Report formats to write into {@link #outputDirectory}: any format of the command line's
     * {@code --format} ({@code json}, {@code text}, and {@code sarif} and the others where
     * available). Default: {@code json}.
     */
    @Parameter(property = "papageno.formats", defaultValue = "json")
    private List<String> formats;

    /** Where reports are written. */
    @Parameter(property = "papageno.outputDirectory", defaultValue = "${project.build.directory}/papageno")
    private File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The config file the run uses, if any. */
    private Path usedConfig;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Papageno: check skipped (papageno.skip)");
            return;
        }
        ReportFiles reports;
        try {
            reports = ReportFiles.of(formats == null ? List.of() : formats);
        } catch (ReportFiles.UnknownFormatException e) {
            throw new MojoExecutionException("Papageno: formats: " + e.getMessage());
        }
        ProjectDrafts drafts = drafts();
        for (Path missing : drafts.missingFolders()) {
            getLog().info(Printable.of("Papageno: source directory " + drafts.display(missing) + " does not exist; skipped"));
        }
        try (Linter linter = linter(drafts)) {
            InputCollector.Collected found = drafts.collect(linter.inputCollector());
            if (found.inputs().isEmpty() && found.errors().isEmpty()) {
                getLog().info("Papageno: no drafts found in " + drafts.describeFolders());
            } else if (getLog().isDebugEnabled()) {
                found.inputs().forEach(in -> getLog().debug(Printable.of("Papageno: checking " + in.display())));
            }
            LintResult result = linter.lint(LintRequest.collected(found));
            new FindingLog(getLog()).findings(result);
            List<Path> written = reports.write(result, new ReportOptions(false, linter.rules(), linter.failPolicy(), 0,
                    usedConfig == null ? null : drafts.display(usedConfig)), outputDirectory.toPath());
            if (!found.inputs().isEmpty() || !found.errors().isEmpty()) {
                getLog().info("Papageno: " + FindingLog.summary(result));
            }
            for (Path p : written) {
                getLog().info(Printable.of("Papageno report: " + drafts.display(p)));
            }
            decide(linter.failPolicy(), result, written, drafts);
        } catch (IOException e) {
            throw new MojoExecutionException("Papageno: cannot write a report into "
                    + drafts.display(outputDirectory.toPath()) + ": " + e.getMessage(), e);
        } catch (Linter.LintFailure e) {
            throw new MojoExecutionException(Printable.of("Papageno: " + e.getMessage()), e);
        }
    }

    /** Input errors stop the build as a broken config does; then the core's fail policy decides. */
    private void decide(FailPolicy policy, LintResult result, List<Path> written, ProjectDrafts drafts)
            throws MojoExecutionException, MojoFailureException {
        String where = written.isEmpty() ? "see the log above"
                : Printable.of("reports: " + written.stream().map(drafts::display).collect(Collectors.joining(", ")));
        long unreadable = result.files().stream().filter(f -> f.hasError()).count();
        if (unreadable > 0) {
            throw new MojoExecutionException("Papageno: " + Summary.plural(unreadable, "draft")
                    + " could not be read; " + where);
        }
        Optional<String> reason = policy.failureReason(result);
        if (reason.isPresent()) {
            long files = result.files().stream().filter(f -> !f.findings().isEmpty()).count();
            throw new MojoFailureException("Papageno: " + reason.get() + " (" + Summary.counts(result) + ") in "
                    + Summary.plural(files, "draft") + "; " + where);
        }
    }

    /** Whether {@code papageno.skip} is set. */
    boolean skipped() {
        return skip;
    }

    ProjectDrafts drafts() {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        if (sourceDirectories != null) {
            for (File f : sourceDirectories) {
                folders.add(f.toPath());
            }
        }
        List<Path> modules = new ArrayList<>();
        for (String m : project.getModules()) {
            Path p = base.resolve(m).normalize();
            modules.add(Files.isRegularFile(p) ? p.getParent() : p);
        }
        if (session.getAllProjects() != null) {
            for (MavenProject other : session.getAllProjects()) {
                Path p = other.getBasedir().toPath().toAbsolutePath().normalize();
                if (p.startsWith(base) && !p.equals(base)) {
                    modules.add(p);
                }
            }
        }
        String root = session.getExecutionRootDirectory();
        return new ProjectDrafts(base, folders, nonBlank(includes), nonBlank(excludes), modules,
                root == null ? base : Path.of(root));
    }

    private static List<String> nonBlank(List<String> globs) {
        return globs == null ? List.of() : globs.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    Linter linter(ProjectDrafts drafts) throws MojoExecutionException {
        Linter.Builder builder = Linter.builder();
        Config config;
        try {
            if (configFile != null) {
                Path file = project.getBasedir().toPath().resolve(configFile.toPath()).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new MojoExecutionException("Papageno: papageno.configFile: " + drafts.display(file)
                            + " does not exist");
                }
                config = ConfigLoader.load(file);
            } else {
                config = ConfigLoader.discover(project.getBasedir().toPath());
            }
        } catch (ConfigException e) {
            throw new MojoExecutionException(Printable.of("Papageno: " + configError(e, drafts)));
        }
        config.file().ifPresent(f -> getLog().debug("Papageno: config " + f));
        usedConfig = config.file().map(f -> f.toAbsolutePath().normalize()).orElse(null);
        builder.config(config);
        try {
            if (failOn != null && !failOn.isBlank()) {
                builder.failOn(threshold(failOn.trim()));
            }
            if (maxFindings != null) {
                if (maxFindings < 0) {
                    throw new IllegalArgumentException("papageno.maxFindings must be 0 or more, not " + maxFindings);
                }
                builder.maxFindings(maxFindings);
            }
            if (region != null && !region.isBlank()) {
                builder.region(region.trim());
            }
            if (profile != null && !profile.isBlank()) {
                builder.profile(profile.trim());
            }
            charset(config).ifPresent(builder::encoding);
            return builder.build();
        } catch (ConfigException e) {
            throw new MojoExecutionException(Printable.of("Papageno: " + configError(e, drafts)));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(Printable.of("Papageno: " + e.getMessage()));
        }
    }

    /** {@code file:line:col: what is wrong}, with the file shown like the drafts are. */
    private static String configError(ConfigException e, ProjectDrafts drafts) {
        Path file;
        try {
            file = e.file() == null ? null : Path.of(e.file());
        } catch (java.nio.file.InvalidPathException notAPath) {
            file = null;
        }
        if (file == null || !file.isAbsolute()) {
            return e.getMessage();
        }
        String where = drafts.display(file);
        if (e.line() > 0) {
            where += ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "");
        }
        return where + ": " + e.detail();
    }

    private static Optional<Severity> threshold(String word) {
        try {
            return FailPolicy.parseThreshold(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("papageno.failOn: " + e.getMessage(), e);
        }
    }

    /** The plugin's encoding, else the config's (applied by the core), else the project's source encoding. */
    private Optional<Charset> charset(Config config) {
        String name = encoding;
        if ((name == null || name.isBlank()) && config.encoding().isEmpty()) {
            name = project.getProperties().getProperty("project.build.sourceEncoding");
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("papageno.encoding: unknown charset \"" + name.trim() + "\"", e);
        }
    }
}
