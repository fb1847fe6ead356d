package dev.papageno.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the process's standard streams are connected to, for colours, wrapping and the progress
 * bar. Tests and embedders use {@link #NONE}: never a terminal.
 *
 * @param stdoutIsTerminal whether standard output is a terminal
 * @param stderrIsTerminal whether standard error is a terminal
 * @param noColor          whether {@code NO_COLOR} is set (to anything but the empty string) or
 *                         {@code TERM} is {@code dumb}
 * @param columns          the terminal's width, or 0 when unknown
 */
public record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean noColor, int columns) {

    /** Not a terminal: no colours, no progress bar, no wrapping. */
    public static final Terminal NONE = new Terminal(false, false, true, 0);

    /** Looks at the real streams and environment. */
    public static Terminal detect() {
        Map<String, String> env = System.getenv();
        String noColor = env.get("NO_COLOR");
        boolean dumb = "dumb".equals(env.get("TERM"));
        boolean out = isTerminal(1);
        boolean err = isTerminal(2);
        int columns = out ? columns(env) : 0;
        return new Terminal(out && !dumb, err && !dumb, (noColor != null && !noColor.isEmpty()) || dumb, columns);
    }

    /**
     * Whether standard input is a pipe or a regular file ({@code cat post.md | papageno check},
     * {@code papageno check < post.md}): not a terminal, not {@code /dev/null}, not closed. Where
     * the descriptor cannot be looked at, false.
     */
    public static boolean stdinPiped() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            if (target.startsWith("pipe:") || target.startsWith("socket:")) {
                return true;
            }
            Path p = Path.of(target);
            return p.isAbsolute() && !target.startsWith("/dev/") && Files.isRegularFile(p);
        } catch (IOException | UnsupportedOperationException | SecurityException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** On Linux the descriptor's link names the terminal; elsewhere a console means both are terminals. */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private static int columns(Map<String, String> env) {
        try {
            int c = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            if (c > 0) {
                return c;
            }
        } catch (NumberFormatException e) {
            // ask the terminal below
        }
        File tty = new File("/dev/tty");
        if (tty.exists()) {
            try {
                Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String[] parts = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim()
                        .split("\\s+");
                if (p.waitFor(1, TimeUnit.SECONDS) && parts.length == 2) {
                    return Integer.parseInt(parts[1]);
                }
            } catch (IOException | NumberFormatException e) {
                return 80;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 80;
    }
}
