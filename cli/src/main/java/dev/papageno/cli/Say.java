package dev.papageno.cli;

import dev.papageno.core.report.Printable;
import java.io.PrintWriter;

/** One line on standard error, {@code papageno: ...}, made terminal-safe by {@link Printable}. */
final class Say {

    private Say() {
    }

    static void error(PrintWriter err, String message) {
        err.println("papageno: " + Printable.of(message));
    }
}
