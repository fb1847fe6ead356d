package dev.papageno.cli;

import dev.papageno.core.ConfigException;
import dev.papageno.core.FailPolicy;
import dev.papageno.core.FileResult;
import dev.papageno.core.LintResult;
import dev.papageno.core.Linter;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import dev.papageno.core.report.ReportOptions;
import dev.papageno.core.report.Reporter;
import dev.papageno.core.report.Reporters;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papageno check}: lints files, folders or standard input and reports the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check drafts (files, folders, or - for standard input) and report what to fix.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  nothing at or above the fail threshold",
            "  1  findings at or above the fail threshold (default: warning), or more than --max-findings",
            "  2  wrong usage, a broken config or rule file, or an input that could not be read",
            "  3  internal error"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to check (folders are searched for .md, .markdown, .mdx, .html, .htm"
                    + " and .txt files); - reads standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that fails the run: error, warning, info or none. Default: warning, or"
                    + " failOn in .papageno.yml.")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file. Default: .papageno.yml in the working folder or the nearest folder above.")
    Path config;

    @Option(names = "--region", paramLabel = "CODE",
            description = "Readers' region for crisis resources: us, ca, uk, ie, au, nz or intl.")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "blog (default), news or clinical.")
    String profile;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as markdown, html or text, whatever its extension.")
    String inputFormat;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name for standard input in reports; its extension picks the format. Default: <stdin>.")
    String stdinFilename;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = Reporters.byId(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format \"" + format + "\"; use one of: "
                        + String.join(", ", Reporters.all().keySet())));
        Linter.Builder builder = Linter.builder();
        try {
            Config cfg = config != null ? ConfigLoader.load(config) : ConfigLoader.discover(Path.of(""));
            builder.config(cfg);
            if (failOn != null) {
                builder.failOn(FailPolicy.parseThreshold(failOn));
            }
            if (region != null) {
                builder.region(region);
            }
            if (profile != null) {
                builder.profile(profile);
            }
            if (inputFormat != null) {
                builder.format(InputFormat.byId(inputFormat).orElseThrow(() -> new IllegalArgumentException(
                        "unknown input format \"" + inputFormat + "\"; use markdown, html or text")));
            }
        } catch (ConfigException e) {
            err.println("papageno: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Linter linter = build(builder)) {
            LintResult result = lint(linter);
            reporter.write(result, new ReportOptions(false, linter.rules(), linter.failPolicy()), out);
            out.flush();
            ExitCode code = ExitCode.OK;
            for (FileResult f : result.files()) {
                if (f.error().isPresent()) {
                    err.println("papageno: " + f.path() + ": " + f.error().get());
                    code = code.max(ExitCode.USAGE_OR_INPUT);
                }
            }
            if (linter.failPolicy().fails(result)) {
                code = code.max(ExitCode.FINDINGS);
            }
            return code.code();
        } catch (ConfigException e) {
            err.println("papageno: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        } catch (IOException e) {
            err.println("papageno: cannot write the report: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
    }

    private Linter build(Linter.Builder builder) throws ConfigException {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LintResult lint(Linter linter) throws IOException {
        List<Path> files = new ArrayList<>();
        List<FileResult> results = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                byte[] bytes = readStdin();
                results.add(linter.lintBytes(Optional.ofNullable(stdinFilename).orElse("<stdin>"), bytes));
            } else {
                files.add(Path.of(p));
            }
        }
        if (!files.isEmpty()) {
            results.addAll(linter.lint(files).files());
        }
        return new LintResult(results);
    }

    private static byte[] readStdin() throws IOException {
        InputStream in = System.in;
        return in.readAllBytes();
    }

    /** The format names, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reporters.all().keySet().iterator();
        }
    }
}
