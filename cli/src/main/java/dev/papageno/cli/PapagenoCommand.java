package dev.papageno.cli;

import dev.papageno.core.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: its subcommands, version and the handling of bad usage and crashes. */
@Command(name = "papageno",
        description = "Checks drafts about mental health against safe-messaging guidelines: content notes, crisis"
                + " resources, method detail and stigmatising language.",
        mixinStandardHelpOptions = true,
        versionProvider = PapagenoCommand.VersionProvider.class,
        subcommands = {CheckCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  nothing at or above the fail threshold",
            "  1  findings at or above the fail threshold (default: warning), or more than --max-findings",
            "  2  wrong usage, a broken config or rule file, or an input that could not be read",
            "  3  internal error"})
public final class PapagenoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, such as: papageno check"
                + " draft.md");
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new PapagenoCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("papageno: " + ex.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE_OR_INPUT.code();
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("papageno: internal error: " + ex);
            if (System.getenv("PAPAGENO_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("Please report this; set PAPAGENO_DEBUG=1 to see the details.");
            }
            return ExitCode.INTERNAL.code();
        });
        return cmd;
    }

    /** Reads the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papageno " + Version.get()};
        }
    }
}
