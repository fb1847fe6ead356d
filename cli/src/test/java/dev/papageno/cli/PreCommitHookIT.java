package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook ({@code .pre-commit-hooks.yaml}, id {@code papageno}) through
 * {@code pre-commit try-repo} on this repository, in throw-away git repositories: pre-commit clones
 * the repository (with its uncommitted changes), and the hook's launcher builds Papageno there on
 * first use, as it does for a user. Skips, saying so, only when pre-commit is not installed
 * ({@code .ci/run} installs Debian's {@code pre-commit}).
 */
class PreCommitHookIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    /** One pre-commit cache for the class, so that the hook repository is cloned and built once. */
    @TempDir
    static Path cache;

    @BeforeAll
    static void needsPreCommit() {
        boolean found = List.of("/usr/bin/pre-commit", "/usr/local/bin/pre-commit").stream()
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
        assumeTrue(found, "pre-commit is not installed (apt-get install pre-commit); the hook is not tried");
    }

    private static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Processes.javaBin() + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("PRE_COMMIT_HOME", cache.toString());
        // The build inside pre-commit's clone reads the dependencies from the usual local repository.
        env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + Path.of(System.getProperty("user.home"), ".m2", "repository"));
        env.put("MAVEN_USER_HOME", Path.of(System.getProperty("user.home"), ".m2").toString());
        env.put("GIT_AUTHOR_NAME", "Writer");
        env.put("GIT_AUTHOR_EMAIL", "writer@example.org");
        env.put("GIT_COMMITTER_NAME", "Writer");
        env.put("GIT_COMMITTER_EMAIL", "writer@example.org");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    private static Processes.Run git(Path blog, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Processes.Run r = Processes.run(blog, env, null, 60, cmd);
        assertEquals(0, r.code(), r::toString);
        return r;
    }

    private static Processes.Run tryRepo(Path dir, Map<String, String> files) throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Map<String, String> env = env(Files.createDirectories(dir.resolve("home")));
        git(blog, env, "init", "-q");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = blog.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        git(blog, env, "add", "-A");
        return Processes.run(blog, env, null, 900, List.of("pre-commit", "try-repo", REPO.toString(), "papageno",
                "--all-files", "--color", "never"));
    }

    @Test
    void failsOnFindingsNamingFileLineAndRule(@TempDir Path dir) throws Exception {
        Processes.Run r = tryRepo(dir, Map.of(
                "content/posts/sam.md", "# Sam\n\nMy uncle committed suicide in 2019.\n",
                "content/about.html", "<p>He was a cutter.</p>\n",
                "notes.txt", "We planted tomatoes.\n",
                "scripts/build.py", "# committed suicide is a phrase this script never checks\n"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("Failed"), r::toString);
        assertTrue(r.out().contains("content/posts/sam.md:3:10 warning stigma/committed-suicide"), r::toString);
        assertTrue(r.out().contains("content/about.html:1:13 warning stigma/cutter"), r::toString);
        assertFalse(r.out().contains("build.py"), "only drafts are checked: " + r);
    }

    @Test
    void passesOnCleanDrafts(@TempDir Path dir) throws Exception {
        Processes.Run r = tryRepo(dir, Map.of("posts/garden.md", "# Garden\n\nWe planted tomatoes.\n",
                "README.txt", "Notes about the garden.\n"));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("papageno") && l.endsWith("Passed")), r::toString);
    }
}
