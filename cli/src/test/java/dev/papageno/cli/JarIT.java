package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, run as a user runs it: real exit codes, standard input, no stack traces. */
class JarIT {

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private static Run java(String stdin, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("papageno.jar", "target/papageno.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("NO_COLOR");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t1 = pump(p.getInputStream(), out);
        Thread t2 = pump(p.getErrorStream(), err);
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        t1.join(5000);
        t2.join(5000);
        assertTrue(done, "papageno did not finish");
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException e) {
                // the process ended
            }
        });
        t.start();
        return t;
    }

    @Test
    void version() throws Exception {
        Run r = java("", "--version");
        assertEquals(0, r.code(), r::toString);
        assertEquals("papageno " + Version.get(), r.out().strip());
    }

    @Test
    void standardInputWithAFileName() throws Exception {
        Run r = java("My uncle committed suicide in 2019.\n", "check", "--stdin-filename", "post.md", "-");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("post.md\n"), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
        assertFalse(r.out().contains("\u001b["), "no colours into a pipe");
        Run clean = java("We planted tomatoes.\n", "check", "--format", "json", "-");
        assertEquals(0, clean.code(), clean::toString);
        assertTrue(clean.out().contains("\"path\": \"<stdin>\""), clean::toString);
    }

    @Test
    void exitCodes(@TempDir Path dir) throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"),
                "Content note: suicide.\n\nMy uncle committed suicide in 2019. Call or text 988 any time.\n");
        assertEquals(0, java("", "check", "--fail-on", "error", post.toString()).code());
        assertEquals(1, java("", "check", post.toString()).code());
        Run missing = java("", "check", post.toString(), dir.resolve("missing.md").toString());
        assertEquals(2, missing.code(), missing::toString);
    }

    @Test
    void wrongUsageIsOneLineAndAHint() throws Exception {
        for (String[] args : List.of(new String[] {"check", "--bogus", "x.md"},
                new String[] {"check", "--format", "yaml", "x.md"}, new String[] {"explain", "stigma/nope"})) {
            Run r = java("", args);
            assertEquals(2, r.code(), r::toString);
            assertEquals(2, r.err().lines().count(), r::toString);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
        }
    }

    @Test
    void explain() throws Exception {
        Run r = java("", "explain", "stigma/committed-suicide");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Why") && r.out().contains("Examples") && r.out().contains("Sources"), r::toString);
    }
}
