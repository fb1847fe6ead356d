package dev.papageno.core.config;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.yaml.YNode;
import dev.papageno.core.yaml.Yaml;
import dev.papageno.core.yaml.YamlFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds and reads {@code .papageno.yml}. Unknown keys and wrong values are errors, never ignored. */
public final class ConfigLoader {

    /** File names looked for, in order. */
    public static final List<String> FILE_NAMES = List.of(".papageno.yml", ".papageno.yaml");

    /** The keys a config file may have. */
    public static final Set<String> KEYS = new LinkedHashSet<>(List.of("profile", "region", "failOn", "maxFindings",
            "rules", "allow", "ruleFolders", "include", "exclude", "encoding"));

    private ConfigLoader() {
    }

    /**
     * The nearest config file in {@code dir} or a folder above it, up to the top of the repository
     * (the first folder that holds {@code .git}), as ignore files are read: a config above the
     * repository belongs to something else.
     */
    public static Optional<Path> find(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        while (d != null) {
            for (String name : FILE_NAMES) {
                Path p = d.resolve(name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
            if (Files.exists(d.resolve(".git"))) {
                return Optional.empty();
            }
            d = d.getParent();
        }
        return Optional.empty();
    }

    /** The folder the config search stops at: the top of the repository {@code dir} is in, or the file system's root. */
    public static Path searchTop(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        while (d.getParent() != null && !Files.exists(d.resolve(".git"))) {
            d = d.getParent();
        }
        return d;
    }

    /** Reads the config found from {@code dir} upward, or the empty config. */
    public static Config discover(Path dir) throws ConfigException {
        Optional<Path> f = find(dir);
        return f.isPresent() ? load(f.get()) : Config.EMPTY;
    }

    /** Reads a config file. */
    public static Config load(Path file) throws ConfigException {
        String name = file.toString();
        String text = YamlFile.read(file);
        return parse(text, name, file.toAbsolutePath().getParent());
    }

    /** Parses config text; relative rule folders resolve against {@code baseDir}. */
    public static Config parse(String text, String name, Path baseDir) throws ConfigException {
        YNode root = Yaml.parse(text, name).asMap().allowOnly(KEYS);
        Optional<String> profile = root.optionalText("profile");
        Optional<String> region = root.optionalText("region").map(s -> s.toLowerCase(java.util.Locale.ROOT));
        Optional<Severity> failOn = Optional.empty();
        boolean failOnSet = false;
        if (root.has("failOn")) {
            failOn = FailPolicy.parseThreshold(root.require("failOn").asChoice(Set.of("error", "warning", "info",
                    "none")));
            failOnSet = true;
        }
        Optional<Integer> max = root.has("maxFindings")
                ? Optional.of(root.require("maxFindings").asInt(0, Integer.MAX_VALUE)) : Optional.empty();
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        if (root.has("rules")) {
            for (Map.Entry<String, YNode> e : root.require("rules").asMap().entries().entrySet()) {
                rules.put(e.getKey(), RuleSetLoader.setting(e.getValue()));
            }
        }
        List<String> allow = root.stringList("allow");
        List<Path> folders = new ArrayList<>();
        for (String f : root.stringList("ruleFolders")) {
            folders.add(baseDir == null ? Path.of(f) : baseDir.resolve(f).normalize());
        }
        Optional<Charset> encoding = Optional.empty();
        if (root.has("encoding")) {
            String cs = root.require("encoding").asText();
            try {
                encoding = Optional.of(Charset.forName(cs));
            } catch (IllegalArgumentException e) {
                throw root.require("encoding").error("unknown charset " + ConfigException.quote(cs) + "");
            }
        }
        return new Config(Optional.of(Path.of(name)), profile, region, failOn, failOnSet, max, rules, allow, folders,
                root.stringList("include"), root.stringList("exclude"), encoding, Optional.of(root));
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
