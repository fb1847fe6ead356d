package dev.papageno.cli;

import dev.papageno.core.LintRequest;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Severity;
import dev.papageno.core.spelling.Spelling;
import dev.papageno.core.fix.AtomicFiles;
import dev.papageno.core.input.DraftReader;
import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import dev.papageno.core.report.Printable;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.report.Reporter;
import dev.papageno.core.report.Reporters;
import dev.papageno.core.api.Summary;
import dev.papageno.core.report.StreamingReporter;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papageno check}: lints files, folders, globs or standard input and reports the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"Check drafts (files, folders, globs, or - for standard input) and report what to fix.",
            "Folders are searched for .md, .markdown, .mdx, .html, .htm, .txt and .docx files, skipping hidden folders,"
                + " target/, node_modules/ and whatever .papagenoignore files list."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  papageno check post.md",
            "  papageno check --format sarif --output papageno.sarif docs",
            "  cat draft.html | papageno check --stdin-filename draft.html",
            "  papageno check --fix - < draft.md > fixed.md",
            "  papageno check --fix-dry-run drafts | git apply",
            "",
            "Exit codes:",
            "  0  nothing at or above the fail threshold",
            "  1  findings at or above the fail threshold, or more than --max-findings",
            "  2  wrong usage, a broken config or rule file, or an input that cannot be read",
            "  3  internal error"})
final class CheckCommand implements Callable<Integer> {

    /** The most files linted at a time. */
    static final int MAX_THREADS = 256;

    private final Io io;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files, folders or glob patterns (\"docs/**/*.md\") to check; - reads standard input, as"
                    + " does no PATH when standard input is a pipe or a file.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fix", description = "Apply the first suggestion of every fixable finding, then report what"
            + " is left.")
    boolean fix;

    @Option(names = "--fix-dry-run", description = "Print the fixes as a unified diff instead of writing them.")
    boolean fixDryRun;

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = RuleNames.Thresholds.class,
            description = "Lowest severity that fails the run: error, warning, info or none. Default: warning,"
                    + " or failOn in the config file.")
    String failOn;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "Also fail when there are more than N findings of any severity.")
    Integer maxFindings;

    @Option(names = "--disable", paramLabel = "RULE", split = ",", completionCandidates = RuleNames.Ids.class,
            description = "Turn a rule or a whole category off (repeatable, or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", completionCandidates = RuleNames.Ids.class,
            description = "Turn a rule or category on at its default severity, even if the profile or config turned"
                    + " it off.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", completionCandidates = RuleNames.Levels.class,
            description = "Set a rule's or category's severity: error, warning, info or off.")
    Map<String, String> severities = new LinkedHashMap<>();

    @Mixin
    ConfigOptions configOptions;

    @Option(names = {"-q", "--quiet"},
            description = "Report only errors: warnings and info are neither shown nor counted.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Also say on standard error which config file and rule folders the run uses.")
    boolean verbose;

    @Option(names = "--threads", paramLabel = "N", description = "Lint N files at a time. Default: one per core.")
    Integer threads;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Check only files that match (in folders and globs; repeatable; relative to the working"
                    + " folder).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files that match (in folders and globs; repeatable; as in .gitignore).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-ignore", description = "Do not read .papagenoignore files.")
    boolean noIgnore;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name for standard input in reports; its extension picks the format. Default: <stdin>.")
    String stdinFilename;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as markdown, html or text, whatever its extension.")
    String inputFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of drafts without a byte-order mark. Default: UTF-8, or encoding in the config"
                    + " file.")
    String encoding;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colours in the text format: auto (on a terminal, unless NO_COLOR is set), always or never.")
    String color;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (paths == null || paths.isEmpty()) {
            if (!io.stdinPiped()) {
                throw usage("missing required parameter: 'PATH' (a draft, a folder or a glob; or - for standard input)");
            }
            paths = List.of("-");
        }
        // --fix on standard input is a filter: the fixed text on standard output, the report on standard error.
        PrintWriter out = fix && paths.contains("-") && output == null ? err : spec.commandLine().getOut();
        Reporter reporter = Reporters.byId(format).orElseThrow(() -> usage("unknown format \"" + format + "\""
                + Spelling.closest(Reporters.all().keySet(), format, 1).map(s -> "; did you mean " + s + "?")
                        .orElse("; use one of: " + String.join(", ", Reporters.all().keySet()))));
        checkUsage();
        // The language models take a while to read; let them load while the rules do.
        dev.papageno.core.nlp.NlpModels.warmUpInBackground();
        Linter.Builder builder;
        try {
            builder = configure(configOptions.builder());
        } catch (ConfigException e) {
            Say.error(err, e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        if (verbose) {
            Say.error(err, configOptions.describe());
            configOptions.loaded.ruleFolders().forEach(f -> Say.error(err, "rule folder: " + f));
        }
        ExitCode code = ExitCode.OK;
        try (Linter linter = ConfigOptions.build(builder, spec.commandLine())) {
            boolean streamed = !fix && !fixDryRun && output == null && reporter instanceof StreamingReporter;
            ReportOptions options = options(linter);
            Run run = streamed ? lint(linter, (StreamingReporter) reporter, options, out) : lint(linter, null, null, out);
            LintResult result = run.result();
            if (streamed) {
                if (quiet) {
                    result = result.atLeast(Severity.ERROR);
                }
                ((StreamingReporter) reporter).end(result, options, out);
                out.flush();
            }
            if (fix || fixDryRun) {
                FixRun.Fixing fixing = FixRun.fix(linter, run.result(), run.files(), fixDryRun, quiet, out, err,
                        spec.commandLine().getOut());
                result = fixing.result();
                code = code.max(fixing.code());
            }
            if (quiet && !streamed) {
                result = result.atLeast(Severity.ERROR);
            }
            if (!streamed && (!fixDryRun || output != null)) {
                code = code.max(report(reporter, result, options, out, err));
            }
            for (FileResult f : result.files()) {
                if (f.error().isPresent()) {
                    Say.error(err, Printable.of(f.path()) + ": " + f.error().get());
                    code = code.max(ExitCode.USAGE_OR_INPUT);
                }
            }
            if (linter.failPolicy().fails(result)) {
                code = code.max(ExitCode.FINDINGS);
            }
            return code.code();
        } catch (ConfigException e) {
            Say.error(err, e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        } catch (IOException e) {
            Say.error(err, "cannot write the report: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
    }

    private void checkUsage() {
        if (fix && fixDryRun) {
            throw usage("--fix and --fix-dry-run cannot be used together");
        }
        if (fix && paths.contains("-") && paths.size() > 1) {
            throw usage("--fix - prints the fixed standard input on standard output, so it takes no other paths");
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw usage("--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        if (maxFindings != null && maxFindings < 0) {
            throw usage("--max-findings must be 0 or more");
        }
        if (!List.of("auto", "always", "never").contains(color)) {
            throw usage("--color must be auto, always or never, not \"" + color + "\"");
        }
        if (paths.stream().filter(p -> p.equals("-")).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
    }

    private Linter.Builder configure(Linter.Builder b) {
        try {
            if (failOn != null) {
                b.failOn(FailPolicy.parseThreshold(failOn));
            }
            if (maxFindings != null) {
                b.maxFindings(maxFindings);
            }
            if (inputFormat != null) {
                b.format(InputFormat.byId(inputFormat).orElseThrow(() -> new IllegalArgumentException(
                        "unknown input format \"" + inputFormat + "\"; use markdown, html or text")));
            }
            if (encoding != null) {
                b.encoding(charset(encoding));
            }
            if (threads != null) {
                b.threads(threads);
            }
            enable.forEach(b::enable);
            for (Map.Entry<String, String> e : severities.entrySet()) {
                b.rule(e.getKey(), level(e.getKey(), e.getValue()));
            }
            for (String id : disable) {
                b.rule(id, RuleSetting.OFF);
            }
            b.include(include).exclude(exclude).ignoreFiles(!noIgnore);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return b;
    }

    private static RuleSetting level(String rule, String word) {
        return RuleSetting.byId(word).orElseThrow(() -> new IllegalArgumentException(
                "--severity " + rule + "=" + word + ": use error, warning, info or off"));
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding \"" + name + "\"");
        }
    }

    /**
     * What was linted, with where each input lives.
     *
     * @param result the findings
     * @param files  report path to file, for inputs read from disk
     */
    private record Run(LintResult result, Map<String, Path> files) {
    }

    /**
     * Lints every input, standard input and files in one request. With a streaming reporter, each
     * input is reported as soon as it and every input before it (in path order) are done, and only
     * its findings are kept afterwards.
     */
    private Run lint(Linter linter, StreamingReporter stream, ReportOptions options, PrintWriter out) {
        List<Path> given = new ArrayList<>();
        for (String p : paths) {
            if (!p.equals("-")) {
                given.add(Path.of(p));
            }
        }
        List<LintRequest> parts = new ArrayList<>();
        Map<String, Path> files = new HashMap<>();
        ProgressBar progress = null;
        if (!given.isEmpty()) {
            InputCollector.Collected c = linter.collect(given);
            refuseOutputAmongInputs(c.inputs());
            for (Input in : c.inputs()) {
                files.put(in.display(), in.path());
            }
            boolean bar = io.terminal().stderrIsTerminal() && !quiet && c.inputs().size() >= ProgressBar.MIN_FILES;
            progress = bar ? new ProgressBar(spec.commandLine().getErr(), io.terminal().columns()) : null;
            parts.add(LintRequest.collected(c));
        }
        if (paths.contains("-")) {
            parts.add(LintRequest.bytes(Optional.ofNullable(stdinFilename).orElse("<stdin>"), readStdin()));
        }
        LintRequest request = LintRequest.several(parts).withProgress(progress);
        if (stream != null) {
            ProgressBar bar = progress;
            request = request.withSink(r -> emit(r, stream, options, out, bar));
        }
        try {
            return new Run(linter.lint(request), files);
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
    }

    /** Reports one input as soon as it is linted. */
    private void emit(FileResult r, StreamingReporter stream, ReportOptions options, PrintWriter out,
            ProgressBar progress) {
        if (progress != null && io.terminal().stdoutIsTerminal()) {
            progress.clear();
        }
        try {
            stream.file(quiet ? r.atLeast(Severity.ERROR) : r, options, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code -o post.md post.md} would write the report over the draft: refused before anything is read. */
    private void refuseOutputAmongInputs(List<Input> inputs) {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (Input in : inputs) {
            try {
                if (Files.isSameFile(output, in.path())) {
                    throw usage("--output " + output + " is one of the drafts to check (" + in.display()
                            + "); the report would overwrite it");
                }
            } catch (IOException e) {
                // a draft that cannot be compared is reported when it is read
            }
        }
    }

    /** Reads standard input up to one byte past the size limit, so a larger input is refused while it is read. */
    private byte[] readStdin() {
        try {
            return io.in().readNBytes((int) DraftReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read standard input: "
                    + e.getMessage());
        }
    }

    private ReportOptions options(Linter linter) {
        boolean toTerminal = output == null && io.terminal().stdoutIsTerminal();
        boolean colors = switch (color) {
            case "always" -> true;
            case "never" -> false;
            default -> toTerminal && !io.terminal().noColor();
        };
        return new ReportOptions(colors, linter.rules(), linter.failPolicy(),
                toTerminal ? io.terminal().columns() : 0, configOptions.loaded.file().map(Path::toString).orElse(null))
                .withFormats(linter::formatFor);
    }

    private ExitCode report(Reporter reporter, LintResult result, ReportOptions options, PrintWriter out,
            PrintWriter err) {
        if (output == null) {
            try {
                reporter.write(result, options, out);
            } catch (IOException e) {
                Say.error(err, "cannot write the report: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
            out.flush();
            return ExitCode.OK;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(output, stream -> {
                Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                reporter.write(result, options, w);
                w.flush();
            });
        } catch (IOException e) {
            Say.error(err, "cannot write the report to " + output + ": " + describe(e));
            return ExitCode.USAGE_OR_INPUT;
        }
        if (!quiet) {
            Say.error(err, Summary.plural(result.findingCount(), "finding") + " in "
                    + Summary.plural(result.files().size(), "file") + "; " + reporter.id() + " report written to "
                    + output);
        }
        return ExitCode.OK;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The format names, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reporters.all().keySet().iterator();
        }
    }
}
