package dev.papageno.cli;

import dev.papageno.core.spelling.Spelling;
import dev.papageno.core.api.Version;
import dev.papageno.core.report.Printable;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: its subcommands, version and the handling of bad usage and crashes. */
@Command(name = "papageno",
        description = {"Checks drafts about mental health against safe-messaging guidelines: content notes, crisis"
            + " resources, method detail and stigmatising language."},
        mixinStandardHelpOptions = true,
        versionProvider = PapagenoCommand.VersionProvider.class,
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  nothing at or above the fail threshold",
            "  1  findings at or above the fail threshold, or more than --max-findings",
            "  2  wrong usage, a broken config or rule file, or an input that cannot be read",
            "  3  internal error",
            "",
            "Run 'papageno COMMAND --help' for the options of a command."})
public final class PapagenoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a command, such as: papageno check"
                + " draft.md");
    }

    static CommandLine commandLine(Io io, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new PapagenoCommand());
        cmd.addSubcommand("check", new CheckCommand(io));
        cmd.addSubcommand("rules", new RulesCommand());
        cmd.addSubcommand("explain", new ExplainCommand(io));
        cmd.addSubcommand("serve", new ServeCommand());
        cmd.addSubcommand("init", new InitCommand());
        cmd.addSubcommand("completion", new CompletionCommand());
        cmd.addSubcommand("lsp", new LspCommand());
        cmd.addSubcommand("help", new CommandLine.HelpCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String message = ex.getMessage().lines().findFirst().orElse("wrong usage");
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                String typed = u.getUnmatched().get(0);
                List<String> known = typed.startsWith("-") ? optionNames(c) : List.copyOf(c.getSubcommands().keySet());
                String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
                java.util.Optional<String> best = Spelling.closest(known, word, 2);
                if (best.isPresent()) {
                    message += "; did you mean " + best.get() + "?";
                }
            }
            c.getErr().println("papageno: " + Printable.of(lowerFirst(message)));
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE_OR_INPUT.code();
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> crashed(ex, c.getErr()));
        return cmd;
    }

    /**
     * What a failure that reached the top gives: a failed write to standard output is exit 2 with
     * one line (none for a closed pipe); anything else is an internal error, exit 3, in one line
     * (with the stack trace only when {@code PAPAGENO_DEBUG} is set).
     */
    static int crashed(Throwable t, PrintWriter err) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StandardOutput.Failure f) {
                if (f.report() && !f.brokenPipe()) {
                    Say.error(err, "cannot write to standard output: " + f.reason());
                }
                return ExitCode.USAGE_OR_INPUT.code();
            }
        }
        String what = t instanceof StackOverflowError ? "stack overflow"
                : t instanceof OutOfMemoryError ? "out of memory (" + t.getMessage() + "); the heap can be raised with"
                        + " JAVA_TOOL_OPTIONS=-Xmx2g"
                : t.toString();
        boolean debug = System.getenv("PAPAGENO_DEBUG") != null;
        Say.error(err, "internal error: " + what.lines().findFirst().orElse("") + (debug ? ""
                : " (please report this; PAPAGENO_DEBUG=1 shows the details)"));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    private static List<String> optionNames(CommandLine c) {
        List<String> names = new java.util.ArrayList<>();
        c.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        return names;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** Reads the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papageno " + Version.get()};
        }
    }
}
