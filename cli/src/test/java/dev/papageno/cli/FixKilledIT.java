package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fix} killed with SIGKILL while it writes: the draft holds either every old byte or every
 * new byte, never a mix, and a kill before the rename leaves the original untouched.
 */
class FixKilledIT {

    private static final int ATTEMPTS = 8;

    /** Large enough that writing the fixed copy takes a moment, small enough to lint in a few seconds. */
    private static final String DRAFT = "My uncle committed suicide in 2019.\r\n\r\n"
            + "We planted a tree in the garden by the old wall and watched the rain come in over the hills.\r\n"
                    .repeat(120_000);

    @Test
    void killedWhileWritingLeavesTheOriginalIntact(@TempDir Path dir) throws Exception {
        byte[] original = DRAFT.getBytes(StandardCharsets.UTF_8);
        byte[] fixed = DRAFT.replace("committed suicide", "died by suicide").getBytes(StandardCharsets.UTF_8);
        int killedMidWrite = 0;
        for (int attempt = 0; attempt < ATTEMPTS && killedMidWrite < 2; attempt++) {
            Path work = Files.createDirectory(dir.resolve("run" + attempt));
            Path draft = work.resolve("post.md");
            Files.write(draft, original);
            Process p = new ProcessBuilder(java(), "-jar", jar().toString(), "check", "--fix", draft.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean sawTemporary = killWhenTemporaryFileAppears(p, work);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "papageno did not finish");
            byte[] after = Files.readAllBytes(draft);
            if (Arrays.equals(after, original)) {
                if (sawTemporary) {
                    killedMidWrite++;
                }
            } else if (!Arrays.equals(after, fixed)) {
                fail("attempt " + attempt + ": the draft is neither the original nor the fixed text ("
                        + after.length + " bytes)");
            }
        }
        assertTrue(killedMidWrite > 0, "no attempt was killed while the fixed copy was being written");
    }

    @Test
    void aRunThatIsNotKilledWritesTheFix(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("post.md");
        Files.writeString(draft, "My uncle committed suicide in 2019.\r\n");
        Process p = new ProcessBuilder(java(), "-jar", jar().toString(), "check", "--fix", draft.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "papageno did not finish");
        assertArrayEquals("My uncle died by suicide in 2019.\r\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(draft));
    }

    /** Watches the draft's folder and sends SIGKILL the moment the temporary copy exists. */
    private static boolean killWhenTemporaryFileAppears(Process p, Path work) throws IOException {
        while (p.isAlive()) {
            if (temporaryFile(work).isPresent()) {
                p.destroyForcibly();
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static Optional<Path> temporaryFile(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".papageno-tmp")).findFirst();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("papageno.jar", "target/papageno.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        return jar;
    }
}
