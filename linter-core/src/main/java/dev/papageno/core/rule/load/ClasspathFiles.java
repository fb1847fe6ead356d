package dev.papageno.core.rule.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lists and reads the YAML files under a folder of the classpath, whether the folder is a
 * directory (tests, IDEs) or lies inside jars (the CLI jar, the Maven plugin's class realm).
 */
final class ClasspathFiles {

    /**
     * A file found on the classpath.
     *
     * @param name its path relative to the classpath root ({@code papageno/rules/stigma/cutter.yaml})
     * @param text its content
     */
    record Entry(String name, String text) {
    }

    /** The YAML files of each jar read so far, by the jar's path. */
    private static final Map<String, List<String>> YAML_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private ClasspathFiles() {
    }

    /** Every {@code .yaml} or {@code .yml} file below {@code folder}, sorted by name. */
    static List<Entry> list(ClassLoader loader, String folder) {
        Map<String, Entry> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL url : Collections.list(roots)) {
                collect(url, folder, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(found.values());
    }

    /** The file of that name first on the classpath, if there is one. */
    static java.util.Optional<Entry> read(ClassLoader loader, String name) {
        URL url = loader.getResource(name);
        if (url == null) {
            return java.util.Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return java.util.Optional.of(new Entry(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(URL url, String folder, Map<String, Entry> found) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath URL " + url, e);
        }
        if (uri.getScheme().equals("jar")) {
            // The class loader has the jar open already; read its entries rather than mounting a
            // zip file system, which costs tens of milliseconds at start-up.
            java.net.URLConnection c = url.openConnection();
            if (c instanceof java.net.JarURLConnection jc) {
                jc.setUseCaches(true);
                java.util.jar.JarFile jar = jc.getJarFile();
                String prefix = folder + "/";
                for (String name : yamlNames(jar)) {
                    if (name.startsWith(prefix)) {
                        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                            found.putIfAbsent(name, new Entry(name, new String(in.readAllBytes(),
                                    StandardCharsets.UTF_8)));
                        }
                    }
                }
                return;
            }
            FileSystem fs;
            boolean close = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                close = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                walk(fs.getPath(folder), folder, found);
            } finally {
                if (close) {
                    fs.close();
                }
            }
        } else if (uri.getScheme().equals("file")) {
            walk(Path.of(uri), folder, found);
        }
    }

    /**
     * The YAML files of a jar, by name. A jar with all its dependencies holds tens of thousands of
     * entries: they are gone through once per jar, not once for every folder a pack lists.
     */
    private static List<String> yamlNames(java.util.jar.JarFile jar) {
        return YAML_NAMES.computeIfAbsent(jar.getName(), k -> {
            List<String> names = new ArrayList<>();
            for (java.util.jar.JarEntry e : Collections.list(jar.entries())) {
                String name = e.getName();
                if (!e.isDirectory() && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        });
    }

    private static void walk(Path dir, String folder, Map<String, Entry> found) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String fileName = p.getFileName().toString();
                if (Files.isRegularFile(p) && (fileName.endsWith(".yaml") || fileName.endsWith(".yml"))) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    String name = folder + "/" + rel;
                    try (InputStream in = Files.newInputStream(p)) {
                        found.putIfAbsent(name, new Entry(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
    }
}
