package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./papageno} launcher: it runs from any folder and through a symbolic link
 * on the PATH, and rebuilds when a source of any module the command line is built from changed,
 * as the last build listed them, and only then.
 */
class LauncherIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private static Map<String, String> env(Path path) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", path + ":" + Processes.javaBin() + ":/usr/bin:/bin");
        env.put("HOME", System.getProperty("user.home"));
        return env;
    }

    @Test
    void runsFromAnotherFolderThroughASymbolicLinkOnThePath(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("papageno"), REPO.resolve("papageno"));
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(blog.resolve("post.md"), "My uncle committed suicide in 2019.\n");
        Processes.Run r = Processes.run(blog, env(bin), null, 600, List.of("sh", "-c", "papageno check post.md"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("post.md\n") && r.out().contains("stigma/committed-suicide"), r::toString);
        Processes.Run v = Processes.run(blog, env(bin), null, 600, List.of("sh", "-c", "papageno --version"));
        assertEquals("papageno " + Version.get(), v.out().strip(), v::toString);
        Files.delete(bin.resolve("papageno"));
    }

    /**
     * A copy of the launcher in a made-up repository whose {@code mvnw} only counts its builds and
     * writes a jar and a module list naming a module {@code core2} that no fixed list could know.
     */
    @Test
    void rebuildsWhenAModuleOfTheCommandLineChanged(@TempDir Path repo) throws Exception {
        Files.copy(REPO.resolve("papageno"), repo.resolve("papageno"));
        Path realJar = Path.of(System.getProperty("papageno.jar", "target/papageno.jar")).toAbsolutePath();
        Files.writeString(repo.resolve("mvnw"), String.join("\n",
                "#!/bin/sh",
                "echo build >> builds.log",
                "mkdir -p cli/target",
                "cp '" + realJar + "' cli/target/papageno.jar",
                "printf 'The following files have been resolved:\\n"
                        + "   dev.papageno:papageno-core2:jar:1.0:compile:%s/core2/target/core2-1.0.jar"
                        + " -- module core2 (auto)\\n' \"$PWD\" > cli/target/papageno.modules",
                ""));
        repo.resolve("mvnw").toFile().setExecutable(true);
        for (String module : List.of("cli", "core2", "maven-plugin")) {
            Files.createDirectories(repo.resolve(module).resolve("src/main/java"));
            Files.writeString(repo.resolve(module).resolve("pom.xml"), "<project/>");
        }
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("examples"));
        Files.writeString(repo.resolve("examples/draft.md"), "We planted tomatoes.\n");
        Path bin = Files.createDirectories(repo.resolve("elsewhere/bin"));
        Files.createSymbolicLink(bin.resolve("papageno"), Path.of("../../papageno"));
        Path sources = repo.resolve("core2/src/main/java/X.java");
        Files.writeString(sources, "class X {}");
        Files.setLastModifiedTime(sources, FileTime.from(Instant.now().minusSeconds(3600)));
        for (Path p : List.of(repo.resolve("pom.xml"), repo.resolve("cli/pom.xml"), repo.resolve("core2/pom.xml"),
                repo.resolve("maven-plugin/pom.xml"))) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
        }

        assertEquals(1, builds(repo, bin), "the first run builds");
        assertEquals(1, builds(repo, bin), "nothing changed");
        touch(repo.resolve("maven-plugin/src/main/java/Y.java"));
        assertEquals(1, builds(repo, bin), "a module the command line is not built from");
        touch(sources);
        assertEquals(2, builds(repo, bin), "a source of a module the last build listed");
        touch(repo.resolve("pom.xml"));
        assertEquals(3, builds(repo, bin), "the parent POM");
        Files.delete(repo.resolve("cli/target/papageno.modules"));
        assertEquals(4, builds(repo, bin), "no module list: build to make one");
    }

    private static void touch(Path p) throws IOException {
        Files.writeString(p, "// changed\n");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(60)));
    }

    private static long builds(Path repo, Path bin) throws Exception {
        Processes.Run r = Processes.run(repo.resolve("elsewhere"), env(bin), null, 120,
                List.of("sh", "-c", "papageno --version"));
        assertEquals(0, r.code(), r::toString);
        assertEquals("papageno " + Version.get(), r.out().strip(), r::toString);
        Path log = repo.resolve("builds.log");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }
}
