package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code ./mvnw package} builds, unpacked in a temporary folder and run as
 * a new user would: from another folder, through a symbolic link on the PATH, with Java found on
 * the PATH or through {@code JAVA_HOME}, and with no Java at all.
 */
class DistributionIT {

    /** A draft with a help line, so that at the error threshold only warnings are left. */
    private static final String DRAFT = "My uncle committed suicide in 2019.\n\nIf you are struggling, find a helpline near you at findahelpline.com.\n";

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path base = Path.of(System.getProperty("papageno.dist", "target/papageno-" + Version.get()));
        Path tar = Path.of(base + ".tar.gz");
        assertTrue(Files.isRegularFile(tar), "no archive at " + tar);
        Processes.Run r = Processes.run(unpacked, Map.of("PATH", "/usr/bin:/bin"), null, 60,
                List.of("tar", "-xzf", tar.toAbsolutePath().toString()));
        assertEquals(0, r.code(), r::toString);
        home = unpacked.resolve("papageno-" + Version.get());
    }

    /** A user's machine: a PATH with the POSIX tools and, when asked, Java; a home of its own. */
    private static Map<String, String> machine(Path dir, boolean javaOnPath) throws IOException {
        Path tools = Processes.toolFolder(dir.resolve("tools"), Processes.POSIX_TOOLS);
        if (javaOnPath) {
            Processes.command(tools, "java", Processes.java());
        }
        Path userHome = Files.createDirectories(dir.resolve("home"));
        return Map.of("PATH", tools.toString(), "HOME", userHome.toString());
    }

    private static Path blog(Path dir) throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(blog.resolve("post.md"), DRAFT);
        return blog;
    }

    @Test
    void hasTheLaunchersTheJarAndTheLicences() throws Exception {
        assertTrue(Files.isExecutable(home.resolve("bin/papageno")));
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/papageno")).contains(
                PosixFilePermission.OTHERS_EXECUTE));
        assertTrue(Files.isRegularFile(home.resolve("bin/papageno.bat")));
        assertTrue(Files.readString(home.resolve("bin/papageno.bat")).contains("\r\n"), "the .bat has CRLF lines");
        assertFalse(Files.readString(home.resolve("bin/papageno")).contains("\r"), "the shell script has LF lines");
        assertTrue(Files.isRegularFile(home.resolve("lib/papageno.jar")));
        assertTrue(Files.isRegularFile(home.resolve("licenses/opennlp-tools-2.5.6-jar/META-INF/LICENSE")));
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
        // Every library bundled in the jar is named with its licence.
        List<String> missing = new ArrayList<>();
        try (JarFile jar = new JarFile(home.resolve("lib/papageno.jar").toFile())) {
            jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.substring("META-INF/maven/".length(), n.length() - "/pom.properties".length())
                            .replace('/', ':'))
                    .filter(ga -> !ga.startsWith("dev.papageno:"))
                    .filter(ga -> !thirdParty.contains(ga + " "))
                    .forEach(missing::add);
        }
        assertEquals(List.of(), missing, "bundled but not in licenses/THIRD-PARTY.txt");
    }

    @Test
    void theZipHoldsTheSameFiles() throws Exception {
        Path base = Path.of(System.getProperty("papageno.dist", "target/papageno-" + Version.get()));
        Set<String> inZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(base + ".zip")) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
            try (InputStream bat = zip.getInputStream(zip.getEntry("papageno-" + Version.get() + "/bin/papageno.bat"))) {
                assertTrue(new String(bat.readAllBytes(), StandardCharsets.UTF_8).contains("\r\n"));
            }
        }
        Set<String> inTar = new TreeSet<>();
        try (Stream<Path> files = Files.walk(home)) {
            files.filter(Files::isRegularFile).forEach(p -> inTar.add(unpacked.relativize(p).toString()));
        }
        inTar.removeIf(n -> n.contains("/.cache/"));
        assertEquals(inTar, inZip);
    }

    @Test
    void runsFromAnotherFolderWithJavaOnThePath(@TempDir Path dir) throws Exception {
        Map<String, String> env = machine(dir, true);
        Path blog = blog(dir);
        Processes.Run r = Processes.run(blog, env, null, 120, List.of(home.resolve("bin/papageno").toString(),
                "check", "post.md"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("post.md\n"), r::toString);
        assertTrue(r.out().contains("1:10  warning  stigma/committed-suicide"), r::toString);
        // The first run made a class-data-sharing archive in the user's cache; later runs use it and
        // their reports stay clean.
        try (Stream<Path> cached = Files.list(Path.of(env.get("HOME"), ".cache", "papageno"))) {
            assertEquals(1, cached.filter(p -> p.toString().endsWith(".jsa")).count());
        }
        Processes.Run again = Processes.run(blog, env, null, 120, List.of(home.resolve("bin/papageno").toString(),
                "check", "--format", "json", "post.md"));
        assertEquals(1, again.code(), again::toString);
        assertTrue(again.out().startsWith("{") && again.out().strip().endsWith("}"), again::toString);
        assertEquals("", again.err(), again::toString);
    }

    @Test
    void runsThroughASymbolicLinkOnThePath(@TempDir Path dir) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(machine(dir, true));
        Path onPath = Files.createDirectories(dir.resolve("local-bin"));
        // A relative link, as `ln -s ../opt/papageno/bin/papageno` makes, to a link to the script.
        Path direct = Files.createSymbolicLink(dir.resolve("papageno-link"), home.resolve("bin/papageno"));
        Files.createSymbolicLink(onPath.resolve("papageno"), onPath.relativize(direct));
        env.put("PATH", onPath + ":" + env.get("PATH"));
        Processes.Run r = Processes.run(blog(dir), env, null, 120, List.of("sh", "-c", "papageno check post.md"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
        Processes.Run version = Processes.run(dir, env, null, 60, List.of("sh", "-c", "papageno --version"));
        assertEquals("papageno " + Version.get(), version.out().strip(), version::toString);
        Files.delete(direct);
    }

    @Test
    void findsJavaThroughJavaHome(@TempDir Path dir) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(machine(dir, false));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Processes.Run r = Processes.run(blog(dir), env, null, 120, List.of(home.resolve("bin/papageno").toString(),
                "check", "--fail-on", "error", "post.md"));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("stigma/committed-suicide"), r::toString);
    }

    @Test
    void saysSoWhenThereIsNoJava(@TempDir Path dir) throws Exception {
        Processes.Run r = Processes.run(blog(dir), machine(dir, false), null, 60,
                List.of(home.resolve("bin/papageno").toString(), "check", "post.md"));
        assertEquals(3, r.code(), r::toString);
        assertEquals("papageno: no Java found: install Java 17 or later, or set JAVA_HOME to one", r.err().strip());
    }

    @Test
    void runsWithAReadOnlyInstallAndNoCache(@TempDir Path dir) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(machine(dir, true));
        env.put("HOME", "/nonexistent");
        env.put("PAPAGENO_CDS", "off");
        Processes.Run r = Processes.run(blog(dir), env, "We planted tomatoes.\n", 120,
                List.of(home.resolve("bin/papageno").toString(), "check", "-"));
        assertEquals(0, r.code(), r::toString);
    }
}
