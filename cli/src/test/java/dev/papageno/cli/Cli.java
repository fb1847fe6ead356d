package dev.papageno.cli;

import dev.papageno.core.api.Version;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command in-process, as a user would from a shell, and keeps what it printed. */
final class Cli {

    /**
     * What a run gave.
     *
     * @param code the exit code
     * @param out  standard output
     * @param err  standard error
     */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(Terminal.NONE, new byte[0], args);
    }

    static Result withStdin(String stdin, String... args) {
        return run(Terminal.NONE, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Result run(Terminal terminal, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
                terminal);
        return new Result(code, out.toString(), err.toString());
    }

    /** The version string replaced by a placeholder, so golden files survive releases. */
    static String versionless(String s) {
        return s.replace(Version.get(), "VERSION");
    }
}
