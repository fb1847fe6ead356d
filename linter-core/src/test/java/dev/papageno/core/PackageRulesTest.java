package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the core says in its {@code package-info.java} what lives there and which other
 * packages of the core it may use ("May use: api, source."); its classes use no others, so the
 * packages form no cycle.
 */
class PackageRulesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/papageno/core");
    private static final String BASE = "dev.papageno.core";
    private static final Pattern MAY_USE = Pattern.compile("<p>May use: (.*?)\\.\\s*\\n");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.papageno\\.core((?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void everyPackageSaysWhatItMayUseAndUsesNothingElse() throws IOException {
        TreeMap<String, List<Path>> packages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .forEach(p -> packages.computeIfAbsent(name(p.getParent()), k -> new ArrayList<>()).add(p));
        }
        List<String> problems = new ArrayList<>();
        for (var e : packages.entrySet()) {
            String pkg = e.getKey();
            Path info = e.getValue().get(0).getParent().resolve("package-info.java");
            if (!Files.exists(info)) {
                problems.add(pkg + ": no package-info.java saying what lives there and what it may use");
                continue;
            }
            Matcher m = MAY_USE.matcher(Files.readString(info));
            if (!m.find()) {
                problems.add(pkg + ": package-info.java has no \"<p>May use: ...\" line");
                continue;
            }
            Set<String> allowed = allowed(m.group(1));
            Set<String> used = new TreeSet<>();
            for (Path f : e.getValue()) {
                Matcher r = REFERENCE.matcher(Files.readString(f));
                while (r.find()) {
                    String target = r.group(1).isEmpty() ? "core" : r.group(1).substring(1);
                    if (!target.equals(pkg) && packages.containsKey(target)) {
                        used.add(target);
                    }
                }
            }
            used.removeAll(allowed);
            if (!used.isEmpty()) {
                problems.add(pkg + " uses " + used + ", which its package-info.java does not allow");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** "core (the Linter), api, source" gives core, api, source; "nothing else in the core" gives none. */
    private static Set<String> allowed(String list) {
        Set<String> out = new TreeSet<>();
        for (String part : list.replaceAll("\\([^)]*\\)", "").split(",")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.startsWith("nothing")) {
                out.add(p);
            }
        }
        return out;
    }

    private static String name(Path dir) {
        String rel = MAIN.relativize(dir).toString().replace('/', '.');
        return rel.isEmpty() ? "core" : rel;
    }
}
