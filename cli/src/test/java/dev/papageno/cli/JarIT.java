package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, run as a user runs it: real exit codes, standard input, no stack traces. */
class JarIT {

    private static Processes.Run java(String stdin, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("papageno.jar", "target/papageno.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(Processes.java().toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("NO_COLOR");
        return Processes.run(Path.of("").toAbsolutePath(), env, stdin, 120, cmd);
    }

    @Test
    void version() throws Exception {
        Processes.Run r = java("", "--version");
        assertEquals(0, r.code(), r::toString);
        assertEquals("papageno " + Version.get(), r.out().strip());
    }

    @Test
    void standardInputWithAFileName() throws Exception {
        Processes.Run r = java("My uncle committed suicide in 2019.\n", "check", "--stdin-filename", "post.md", "-");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("post.md\n"), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
        assertFalse(r.out().contains("\u001b["), "no colours into a pipe");
        Processes.Run clean = java("We planted tomatoes.\n", "check", "--format", "json", "-");
        assertEquals(0, clean.code(), clean::toString);
        assertTrue(clean.out().contains("\"path\": \"<stdin>\""), clean::toString);
    }

    @Test
    void exitCodes(@TempDir Path dir) throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"),
                "Content note: suicide.\n\nMy uncle committed suicide in 2019. Call or text 988 any time.\n");
        assertEquals(0, java("", "check", "--fail-on", "error", post.toString()).code());
        assertEquals(1, java("", "check", post.toString()).code());
        Processes.Run missing = java("", "check", post.toString(), dir.resolve("missing.md").toString());
        assertEquals(2, missing.code(), missing::toString);
    }

    @Test
    void wrongUsageIsOneLineAndAHint() throws Exception {
        for (String[] args : List.of(new String[] {"check", "--bogus", "x.md"},
                new String[] {"check", "--format", "yaml", "x.md"}, new String[] {"explain", "stigma/nope"})) {
            Processes.Run r = java("", args);
            assertEquals(2, r.code(), r::toString);
            assertEquals(2, r.err().lines().count(), r::toString);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
        }
    }

    @Test
    void explain() throws Exception {
        Processes.Run r = java("", "explain", "stigma/committed-suicide");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Why") && r.out().contains("Examples") && r.out().contains("Sources"), r::toString);
    }
}
