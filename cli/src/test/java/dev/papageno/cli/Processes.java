package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real process, as a shell would, with the environment and standard input given. */
final class Processes {

    /**
     * What a process gave.
     *
     * @param code its exit code
     * @param out  standard output
     * @param err  standard error
     */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Processes() {
    }

    /** The java binary running the tests. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The folder with the java binary running the tests, for a PATH that has Java and nothing else. */
    static Path javaBin() {
        return java().getParent();
    }

    /**
     * Runs {@code command} in {@code dir} with exactly the environment {@code env} (nothing inherited)
     * and {@code stdin} on standard input (null for none: standard input is then /dev/null).
     */
    static Run run(Path dir, Map<String, String> env, String stdin, int timeoutSeconds, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process p = pb.start();
        if (stdin != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process did not read it all
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t1 = pump(p.getInputStream(), out);
        Thread t2 = pump(p.getErrorStream(), err);
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        t1.join(5000);
        t2.join(5000);
        assertTrue(done, () -> command + " did not finish in " + timeoutSeconds + " s\n--- out\n"
                + out.toString(StandardCharsets.UTF_8) + "--- err\n" + err.toString(StandardCharsets.UTF_8));
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

    /** A folder of links to the given commands (from /usr/bin or /bin), for a PATH with only those. */
    static Path toolFolder(Path dir, String... tools) throws IOException {
        Files.createDirectories(dir);
        for (String tool : tools) {
            Path found = null;
            for (String d : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
                Path p = Path.of(d, tool);
                if (Files.isExecutable(p)) {
                    found = p;
                    break;
                }
            }
            assertTrue(found != null, "no " + tool + " on this machine");
            command(dir, tool, found);
        }
        return dir;
    }

    /**
     * A script {@code dir/name} that runs {@code target}: a stand-in on the PATH that, unlike a
     * symbolic link out of a temporary folder, JUnit deletes without a word.
     */
    static Path command(Path dir, String name, Path target) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\nexec '" + target + "' \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }

    /** The commands the launchers use besides Java: what any POSIX system has. */
    static final String[] POSIX_TOOLS = {"sh", "readlink", "dirname", "ls", "cksum", "cut", "mkdir", "sed", "head",
        "mv", "rm", "find", "cat"};
}
