package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar with real standard streams: {@code papageno check} with no path reads a pipe or a
 * file on standard input, and gives the usage otherwise; {@code --fix -} is a filter.
 */
class StandardInputIT {

    /** A whole post (a content note, a help line), so that what the fixes leave is nothing. */
    private static final String DRAFT = "# Sam\n\nContent note: this post talks about suicide and self-harm.\n\n"
            + "My uncle committed suicide in 2019, and he was a cutter.\n\nIf you are struggling, find a helpline near you at findahelpline.com.\n";
    private static final String FIXED = DRAFT.replace("committed suicide", "died by suicide")
            .replace("a cutter", "a person who self-harms");

    private static Processes.Run sh(Path dir, String script) throws Exception {
        Path jar = Path.of(System.getProperty("papageno.jar", "target/papageno.jar")).toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("PAPAGENO", "'" + Processes.java() + "' -jar '" + jar + "'");
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", script));
        return Processes.run(dir, env, null, 120, cmd);
    }

    @Test
    void noPathReadsAPipe(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("post.md"), DRAFT);
        Processes.Run r = sh(dir, "cat post.md | eval \"$PAPAGENO check --format compact\"");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("<stdin>:5:10 warning stigma/committed-suicide"), r::toString);
    }

    @Test
    void noPathReadsAFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("post.md"), DRAFT);
        Processes.Run r = sh(dir, "eval \"$PAPAGENO check --stdin-filename post.md\" < post.md");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("post.md\n"), r::toString);
    }

    @Test
    void noPathAndNoInputIsTheUsage(@TempDir Path dir) throws Exception {
        Processes.Run r = sh(dir, "eval \"$PAPAGENO check\" < /dev/null");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("papageno: missing required parameter: 'PATH'"), r::toString);
        assertTrue(r.err().contains("Run 'papageno check --help' for usage."), r::toString);
    }

    @Test
    void fixOnStandardInputIsAFilter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("post.md"), DRAFT);
        Processes.Run r = sh(dir, "eval \"$PAPAGENO check --fix --no-config -\" < post.md > fixed.md");
        // The fixed text on standard output, whole; the report of what is left on standard error.
        assertEquals(FIXED, Files.readString(dir.resolve("fixed.md")), r::toString);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("Fixed 2 findings in 1 file."), r::toString);
        assertEquals(DRAFT, Files.readString(dir.resolve("post.md")), "the input is untouched");

        Files.writeString(dir.resolve("clean.md"), "We planted tomatoes.\n");
        Processes.Run clean = sh(dir, "cat clean.md | eval \"$PAPAGENO check --fix -\"");
        assertEquals("We planted tomatoes.\n", clean.out(), clean::toString);
        assertEquals(0, clean.code(), clean::toString);

        Files.writeString(dir.resolve("left.md"), "He kept razors hidden in his desk to hurt himself. "
                + "My uncle committed suicide.\n");
        Processes.Run left = sh(dir, "eval \"$PAPAGENO check --fix --format compact -\" < left.md");
        assertEquals("He kept razors hidden in his desk to hurt himself. My uncle died by suicide.\n", left.out(),
                left::toString);
        assertTrue(left.err().contains("method-detail/self-harm-tools"), left::toString);
        assertEquals(1, left.code(), left::toString);
    }
}
