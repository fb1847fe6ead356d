package dev.papageno.bench.lsp;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Drives {@code papageno lsp} as an editor does and prints a table of what it measured:
 * <ul>
 *   <li>the diagnostics of an edit of an 18 KB draft after warm-up, with the debounce set to 0
 *       through the initialization options, and with the default debounce less that debounce;</li>
 *   <li>the first diagnostics of a cold process, from its start and from {@code initialize};</li>
 *   <li>the server's resident memory ({@code VmRSS}) with 20 such drafts open and diagnosed.</li>
 * </ul>
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.papageno.bench.lsp.LspBenchmark \
 *     --command="./papageno lsp" --runs=50 --warmup=30 --cold=5 --drafts=20
 * }</pre>
 */
public final class LspBenchmark {

    /** The debounce the server uses unless told otherwise (milliseconds). */
    private static final int DEFAULT_DEBOUNCE = 250;

    private final List<String> command;
    private final int runs;
    private final int warmup;
    private final int cold;
    private final int openDrafts;
    private final Drafts drafts;
    private final List<String[]> rows = new ArrayList<>();

    private LspBenchmark(Map<String, String> options) throws Exception {
        command = Arrays.asList(options.getOrDefault("command", "./papageno lsp").trim().split("\\s+"));
        runs = Integer.parseInt(options.getOrDefault("runs", "50"));
        warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        cold = Integer.parseInt(options.getOrDefault("cold", "5"));
        openDrafts = Integer.parseInt(options.getOrDefault("drafts", "20"));
        drafts = Drafts.load(Path.of(options.getOrDefault("seed", "../shared/seed/000_423164dc3b39a08a.txt")),
                Path.of(options.getOrDefault("examples", "examples")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("usage: LspBenchmark [--command=\"./papageno lsp\"] [--runs=50] [--warmup=30]"
                        + " [--cold=5] [--drafts=20] [--seed=FILE] [--examples=DIR]");
                System.exit(2);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new LspBenchmark(options).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "papageno lsp benchmark: `%s`, drafts of %,d bytes from %s;"
                + " %d cores, Java %s%n", String.join(" ", command), drafts.bytes(), drafts.origin,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        coldStarts();
        editLatency(0, "diagnostics after an edit, debounce 0 (" + runs + " runs after " + warmup + " warm-up)");
        int debouncedRuns = Math.max(5, runs / 2);
        memoryAndDebouncedEdits(debouncedRuns);
        print();
    }

    /** Several fresh processes: from start, and from {@code initialize}, to the first diagnostics of a draft. */
    private void coldStarts() throws Exception {
        Samples fromStart = new Samples();
        Samples fromInitialize = new Samples();
        for (int i = 0; i < cold; i++) {
            try (ServerProcess s = ServerProcess.start(command)) {
                s.initialize(null);
                String uri = s.open("cold.md", drafts.copy(i));
                long at = s.diagnosed(uri, 1);
                fromStart.addNanos(at - s.startedNanos);
                fromInitialize.addNanos(at - s.initializeSentNanos());
                expectCleanExit(s);
            }
        }
        row("first diagnostics from process start (" + cold + " cold runs)", fromStart, "");
        row("first diagnostics from `initialize` (" + cold + " cold runs)", fromInitialize, "≤ 2000 ms");
    }

    /** Edits one draft again and again, each time waiting for the diagnostics of the new version. */
    private void editLatency(int debounce, String label) throws Exception {
        try (ServerProcess s = ServerProcess.start(command)) {
            s.initialize(debounceOption(debounce));
            String uri = s.open("draft.md", drafts.copy(0));
            s.diagnosed(uri, 1);
            Samples samples = edits(s, uri, 2, warmup, runs, debounce);
            row(label, samples, "≤ 150 ms");
            expectCleanExit(s);
        }
    }

    /**
     * Opens many drafts in one process with the default debounce, reads its memory once all are
     * diagnosed, then times edits less the debounce and reads the memory again.
     */
    private void memoryAndDebouncedEdits(int debouncedRuns) throws Exception {
        try (ServerProcess s = ServerProcess.start(command)) {
            s.initialize(null);
            List<String> uris = new ArrayList<>();
            for (int i = 0; i < openDrafts; i++) {
                uris.add(s.open("draft-" + (i + 1) + ".md", drafts.copy(i)));
            }
            for (String uri : uris) {
                s.diagnosed(uri, 1);
            }
            memoryRow(openDrafts + " drafts open and diagnosed", s);
            Samples samples = edits(s, uris.get(0), 2, Math.min(warmup, 10), debouncedRuns, DEFAULT_DEBOUNCE);
            row("the same with the default debounce, less its " + DEFAULT_DEBOUNCE + " ms (" + debouncedRuns
                    + " runs, " + openDrafts + " drafts open)", samples, "≤ 150 ms");
            memoryRow("the same after those edits", s);
            OptionalLong peak = s.peakResidentKiB();
            if (peak.isPresent()) {
                rows.add(new String[] {"peak resident memory of that process (VmHWM)", mib(peak.getAsLong()), "", "",
                        ""});
            }
            expectCleanExit(s);
        }
    }

    private Samples edits(ServerProcess s, String uri, int firstVersion, int warm, int measured, int debounce)
            throws Exception {
        Samples samples = new Samples();
        int lines = drafts.lines();
        int version = firstVersion;
        for (int i = 0; i < warm + measured; i++, version++) {
            int line = 2 + (i * 7) % Math.max(1, lines - 4);
            long sent = s.insert(uri, version, line, "Still " + i + ". ");
            long at = s.diagnosed(uri, version);
            if (i >= warm) {
                samples.addNanos(at - sent - debounce * 1_000_000L);
            }
        }
        return samples;
    }

    private static Object debounceOption(int debounce) {
        JsonObject o = new JsonObject();
        o.addProperty("debounce", debounce);
        return o;
    }

    private static void expectCleanExit(ServerProcess s) throws Exception {
        int code = s.shutDown();
        String err = s.stderrText();
        if (code != 0 || err.contains("Exception")) {
            System.err.println("the server ended with code " + code + "; its standard error:\n" + err);
        }
    }

    private void row(String label, Samples s, String target) {
        rows.add(new String[] {label, ms(s.median()), ms(s.p90()), ms(s.min()), target});
    }

    private void memoryRow(String label, ServerProcess s) {
        OptionalLong rss = s.residentKiB();
        String value = rss.isPresent() ? mib(rss.getAsLong())
                : ProcStatus.available() ? "(no VmRSS)" : "(no /proc on this system)";
        rows.add(new String[] {"resident memory (VmRSS), " + label, value, "", "", "< 200 MiB"});
    }

    private void print() {
        System.out.println();
        System.out.println("| measure | median | p90 | min | target |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
    }
}
