package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 15 that need a real process: write errors and closed pipes on
 * standard output, signals while {@code --fix} writes, and memory under a small heap.
 */
class HostileJarIT {

    private static final String FINDING = "My uncle committed suicide in 2019.\n";

    private record Run(int code, String out, String err, long peakRssKb) {
        @Override
        public String toString() {
            return "exit " + code + " (peak RSS " + peakRssKb / 1024 + " MB)\n--- out\n"
                    + (out.length() > 2000 ? out.substring(0, 2000) + "…" : out) + "--- err\n" + err;
        }
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String jar() {
        Path jar = Path.of(System.getProperty("papageno.jar", "target/papageno.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        return jar.toString();
    }

    /** Runs to the end, sampling the process's peak resident memory (VmHWM) while it runs. */
    private static Run run(ProcessBuilder pb, Path dir) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            pb.redirectOutput(out.toFile());
        }
        pb.redirectError(err.toFile());
        Process p = pb.start();
        long peak = 0;
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(p.pid()));
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "papageno did not finish");
        String o = Files.exists(out) ? Files.readString(out) : "";
        return new Run(p.exitValue(), o, Files.readString(err), peak);
    }

    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has ended
        }
        return 0;
    }

    // Point 8: a failed write to standard output is exit 2 with one line; a closed pipe stops the run quietly.

    @Test
    void aFullDiskOnStandardOutputIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return;
        }
        Path post = Files.writeString(dir.resolve("post.md"), FINDING);
        for (String format : List.of("text", "json", "compact")) {
            ProcessBuilder pb = new ProcessBuilder(java("-jar", jar(), "check", "-f", format, post.toString()));
            pb.redirectOutput(full.toFile());
            Run r = run(pb, dir);
            assertEquals(2, r.code(), format + ": " + r);
            assertEquals("papageno: cannot write to standard output: No space left on device\n", r.err(), format);
        }
    }

    @Test
    void aClosedPipeStopsTheRunAtOnceAndQuietly(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String body = ("We planted a tree in the garden by the old wall and watched the rain come in.\n\n").repeat(2_000);
        for (int i = 0; i < 400; i++) {
            Files.writeString(docs.resolve(String.format("post-%03d.md", i)), FINDING + body);
        }
        Process p = new ProcessBuilder(java("-jar", jar(), "check", "-f", "compact", "--threads", "1",
                docs.toString())).redirectError(dir.resolve("err.txt").toFile()).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            assertTrue(first != null && first.contains("post-000.md:1:"), first);
        }
        // The reader is gone: the next file's report fails to write and the run ends, long before
        // 400 drafts are linted.
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "papageno did not stop");
        assertEquals(2, p.exitValue());
        assertEquals("", Files.readString(dir.resolve("err.txt")));
    }

    // Point 6: SIGINT and SIGTERM while --fix writes leave no temporary file and the draft whole.

    @Test
    void aSignalWhileFixingLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        String draft = "My uncle committed suicide in 2019.\n\n"
                + "We planted a tree in the garden by the old wall and watched the rain come in over the hills.\n"
                        .repeat(120_000);
        byte[] original = draft.getBytes(StandardCharsets.UTF_8);
        byte[] fixed = draft.replace("committed suicide", "died by suicide").getBytes(StandardCharsets.UTF_8);
        int signalled = 0;
        for (int attempt = 0; attempt < 8 && signalled < 2; attempt++) {
            String signal = attempt % 2 == 0 ? "TERM" : "INT";
            Path work = Files.createDirectory(dir.resolve("run" + attempt));
            Path post = work.resolve("post.md");
            Files.write(post, original);
            Process p = new ProcessBuilder(java("-jar", jar(), "check", "--fix", post.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean sent = false;
            while (p.isAlive() && !sent) {
                if (temporary(work)) {
                    new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
                    sent = true;
                }
                Thread.onSpinWait();
            }
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "papageno did not finish");
            byte[] after = Files.readAllBytes(post);
            assertTrue(Arrays.equals(after, original) || Arrays.equals(after, fixed), "the draft is whole");
            assertFalse(temporary(work), "SIG" + signal + " left a temporary file");
            if (sent) {
                signalled++;
            }
        }
        assertTrue(signalled > 0, "no run was signalled while the fixed copy existed");
    }

    private static boolean temporary(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".papageno-tmp"));
        }
    }

    // Point 9: any one draft up to the size limit is checked under a 768 MB heap, in under 1 GB.

    @Test
    void sixtyMegabytesOfProseUnderASmallHeap(@TempDir Path dir) throws Exception {
        Path prose = dir.resolve("prose.md");
        writeProse(prose, 60L * 1024 * 1024);
        Run r = run(new ProcessBuilder(java("-Xmx768m", "-XX:+UseSerialGC", "-jar", jar(), "check", "-f", "compact",
                prose.toString())), dir);
        System.out.println("60 MB of prose, -Xmx768m: " + r);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
        assertTrue(r.peakRssKb() < 1024 * 1024, r::toString);
    }

    @Test
    void aDenseEightMegabyteDraftInTextAndHtmlUnderASmallHeap(@TempDir Path dir) throws Exception {
        Path dense = dir.resolve("dense.md");
        String line = "My uncle committed suicide in 2019 and we planted a tree by the old wall.\n";
        Files.writeString(dense, line.repeat(8 * 1024 * 1024 / line.length()));
        for (String format : List.of("text", "html")) {
            Path report = dir.resolve("report." + format);
            Run r = run(new ProcessBuilder(java("-Xmx768m", "-XX:+UseSerialGC", "-jar", jar(), "check", "-f", format,
                    "-o", report.toString(), dense.toString())), dir);
            System.out.println("dense 8 MB, " + format + ", -Xmx768m: " + r);
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains("113361 findings in 1 file"), r::toString);
            assertTrue(r.peakRssKb() < 1024 * 1024, r::toString);
            assertTrue(Files.size(report) > 1_000_000, r::toString);
        }
    }

    /** Prose with few candidate words and a finding now and then, from a fixed seed. */
    private static void writeProse(Path file, long bytes) throws IOException {
        String[] words = ("the a river walked we and talked about weather garden old wall rain hills morning coffee"
                + " friends city train station book read wrote letter summer winter light window quiet street music"
                + " played long evening dinner table family children school teacher").split(" ");
        Random random = new Random(15);
        long written = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int paragraph = 0;
            while (written < bytes) {
                StringBuilder p = new StringBuilder();
                for (int s = 0; s < 5; s++) {
                    int n = 8 + random.nextInt(12);
                    StringBuilder sentence = new StringBuilder();
                    for (int k = 0; k < n; k++) {
                        sentence.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                    }
                    sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
                    p.append(s == 0 ? "" : " ").append(sentence).append('.');
                }
                if (++paragraph % 5_000 == 0) {
                    p.append(" Her brother committed suicide.");
                }
                p.append("\n\n");
                w.write(p.toString());
                written += p.length();
            }
        }
    }
}
