package dev.papageno.cli;

import dev.papageno.core.rule.load.RuleSetLoader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The {@code papageno} command. */
public final class Main {

    private Main() {
    }

    /** The commands that read the built-in rules: the process starts loading them at once. */
    private static final Set<String> RULE_COMMANDS = Set.of("check", "rules", "explain", "serve",
            "lsp");

    public static void main(String[] args) {
        if (args.length > 0 && RULE_COMMANDS.contains(args[0])) {
            // Loading the rules takes longer than reading the command line: do both at once.
            RuleSetLoader.preload();
        }
        System.exit(run(args, System.in, StandardOutput.open(), new PrintWriter(System.err, true,
                StandardCharsets.UTF_8), Terminal.detect(), Terminal.stdinPiped()));
    }

    /**
     * Runs the command with the given output streams (standard input from the process, never a
     * terminal) and returns the exit code, for tests and embedding.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err, Terminal.NONE);
    }

    /**
     * Runs the command with all its streams given and returns the exit code. Nothing escapes: a
     * failed write to standard output is exit 2 (a closed pipe without a word), and any other
     * {@link Throwable} (a stack overflow, running out of memory) is one line and exit 3.
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
        return run(args, in, out, err, terminal, false);
    }

    /**
     * As {@link #run(String[], InputStream, PrintWriter, PrintWriter, Terminal)}; with
     * {@code stdinPiped}, {@code papageno check} with no path reads {@code in}, as it does when
     * standard input is a pipe or a file.
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal,
            boolean stdinPiped) {
        int code;
        try {
            code = PapagenoCommand.commandLine(new Io(in, terminal, stdinPiped), out, err).execute(args);
        } catch (Throwable t) {
            code = PapagenoCommand.crashed(t, err);
        }
        try {
            out.flush();
        } catch (Throwable t) {
            code = Math.max(code, PapagenoCommand.crashed(t, err));
        }
        err.flush();
        return code;
    }
}
