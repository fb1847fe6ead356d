package dev.papageno.cli;

import dev.papageno.core.LintRequest;
import dev.papageno.core.report.Printable;
import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place, for runs of more than a handful of
 * files on a terminal. Cleared when the run is done, so it never mixes with the report.
 */
final class ProgressBar implements LintRequest.Progress {

    /** Fewer files than this finish too fast for a bar to help. */
    static final int MIN_FILES = 6;

    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 80_000_000L;

    private final PrintWriter err;
    private final int columns;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, int columns) {
        this.err = err;
        this.columns = columns > 0 ? columns : 80;
    }

    @Override
    public synchronized void fileDone(int done, int total, String path) {
        if (total < MIN_FILES) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int filled = (int) ((long) BAR * done / total);
        String count = " " + done + "/" + total + " ";
        String head = "Checking [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]" + count;
        int room = columns - 1 - head.length();
        String name = room <= 3 ? "" : path.length() <= room ? path : "…" + path.substring(path.length() - room + 1);
        err.print("\r" + head + Printable.of(name) + "\u001b[K");
        err.flush();
    }

    /** Removes the bar. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
