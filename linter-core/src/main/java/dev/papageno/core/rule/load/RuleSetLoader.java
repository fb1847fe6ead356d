package dev.papageno.core.rule.load;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.resources.RegionFiles;
import dev.papageno.core.resources.RegionInfo;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.Profile;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.yaml.YNode;
import dev.papageno.core.yaml.Yaml;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loads a {@link RuleSet}: the built-in packs from the classpath ({@code papageno/} in the rules
 * jar: {@code sources.yaml}, {@code lexicons/}, {@code crisis-resources/}, {@code profiles/},
 * {@code rules/}) and any rule folders the user names. Every file is checked as it loads; the first
 * mistake stops loading with the file, line, column and key.
 */
public final class RuleSetLoader {

    /** The classpath folder of the built-in data. */
    public static final String BUILT_IN_ROOT = "papageno";

    private static final Map<String, RuleSet> CACHE = new ConcurrentHashMap<>();
    /** One lock per root, so that loads of the same root wait for each other rather than repeat. */
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();
    private static final Set<String> LEXICON_KEYS = Set.of("name", "description", "phrases", "lemmas");
    private static final Set<String> PROFILE_KEYS = Set.of("id", "description", "rules", "options");

    private RuleSetLoader() {
    }

    /** The built-in rules, loaded once per process. */
    public static RuleSet builtIn() throws ConfigException {
        return load(RuleSetLoader.class.getClassLoader(), BUILT_IN_ROOT, List.of());
    }

    /** The built-in rules plus the rules in the given folders. */
    public static RuleSet load(List<Path> ruleFolders) throws ConfigException {
        return load(RuleSetLoader.class.getClassLoader(), BUILT_IN_ROOT, ruleFolders);
    }

    /**
     * Starts loading the built-in rules on a background (daemon) thread, so that a process can do
     * other start-up work meanwhile; a later {@link #builtIn()} waits for that load instead of
     * starting its own. A failure is not kept and not printed: the later call loads again and
     * reports it.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                builtIn();
            } catch (Throwable e) {
                // Nothing is printed from here (not even a stack overflow's trace): builtIn(), called
                // again by whoever needs the rules, loads again and reports what is wrong.
            }
        }, "papageno-rule-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Rules from a classpath root and folders; without folders the result is cached per root. */
    public static RuleSet load(ClassLoader loader, String root, List<Path> ruleFolders) throws ConfigException {
        if (!ruleFolders.isEmpty()) {
            return new Loading(loader, root).load(ruleFolders);
        }
        RuleSet cached = CACHE.get(root);
        if (cached != null) {
            return cached;
        }
        synchronized (LOCKS.computeIfAbsent(root, r -> new Object())) {
            cached = CACHE.get(root);
            if (cached != null) {
                return cached;
            }
            RuleSet set = new Loading(loader, root).load(ruleFolders);
            CACHE.put(root, set);
            return set;
        }
    }

    /** One load. */
    private static final class Loading {
        private final ClassLoader loader;
        private final String root;

        Loading(ClassLoader loader, String root) {
            this.loader = loader;
            this.root = root;
        }

        RuleSet load(List<Path> folders) throws ConfigException {
            Map<String, SourceRef> sources = sources();
            Map<String, Lexicon> lexicons = lexicons();
            ResourceDirectory resources = resources(lexicons);
            Map<String, YNode> profileNodes = new TreeMap<>();
            for (ClasspathFiles.Entry e : ClasspathFiles.list(loader, root + "/profiles")) {
                YNode n = Yaml.parse(e.text(), e.name()).asMap().allowOnly(PROFILE_KEYS);
                String id = n.require("id").asText();
                profileNodes.put(id, n);
            }
            PackReaders readers = PackReaders.read(loader, root, lexicons);
            LoadContext ctx = new LoadContext(lexicons, resources, readers.topics(), readers.method());
            RuleFileReader reader = new RuleFileReader(sources, profileNodes.keySet(), ctx);
            Map<String, Rule> rules = new LinkedHashMap<>();
            Map<String, String> origins = new HashMap<>();
            List<ClasspathFiles.Entry> ruleFiles = ClasspathFiles.list(loader, root + "/rules");
            List<Rule> read = Parallel.map(ruleFiles, e -> reader.read(e.name(), e.text()));
            for (int i = 0; i < ruleFiles.size(); i++) {
                add(rules, origins, read.get(i), ruleFiles.get(i).name());
            }
            for (Path folder : folders) {
                for (Path file : ruleFiles(folder)) {
                    add(rules, origins, reader.read(file.toString(), readText(file)), file.toString());
                }
            }
            Map<String, Profile> profiles = new LinkedHashMap<>();
            for (Map.Entry<String, YNode> e : profileNodes.entrySet()) {
                profiles.put(e.getKey(), profile(e.getValue(), rules));
            }
            return new RuleSet(new ArrayList<>(rules.values()), lexicons, sources, profiles, resources);
        }

        private static void add(Map<String, Rule> rules, Map<String, String> origins, Rule rule, String file)
                throws ConfigException {
            String id = rule.spec().id();
            if (rules.containsKey(id)) {
                throw new ConfigException(file, "rule id " + id + " is already defined in " + origins.get(id));
            }
            rules.put(id, rule);
            origins.put(id, file);
        }

        private Map<String, SourceRef> sources() throws ConfigException {
            Map<String, SourceRef> out = new HashMap<>();
            for (ClasspathFiles.Entry e : ClasspathFiles.read(loader, root + "/sources.yaml").stream().toList()) {
                YNode n = Yaml.parse(e.text(), e.name()).asMap();
                for (Map.Entry<String, YNode> s : n.entries().entrySet()) {
                    YNode v = s.getValue().asMap().allowOnly(Set.of("title", "url"));
                    String url = v.require("url").asText();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) {
                        throw v.require("url").error("must be an http or https URL");
                    }
                    out.put(s.getKey(), new SourceRef(s.getKey(), v.require("title").asText(), url));
                }
            }
            return out;
        }

        private Map<String, Lexicon> lexicons() throws ConfigException {
            Map<String, Lexicon> out = new TreeMap<>();
            List<ClasspathFiles.Entry> files = ClasspathFiles.list(loader, root + "/lexicons");
            List<NamedLexicon> read = Parallel.map(files, Loading::lexicon);
            for (NamedLexicon l : read) {
                if (out.containsKey(l.lexicon().name())) {
                    throw l.name().error("lexicon " + l.lexicon().name() + " is defined twice");
                }
                out.put(l.lexicon().name(), l.lexicon());
            }
            return out;
        }

        /** A lexicon and the node of its name, for an error that names the second of two files. */
        private record NamedLexicon(Lexicon lexicon, YNode name) {
        }

        private static NamedLexicon lexicon(ClasspathFiles.Entry e) throws ConfigException {
            YNode n = Yaml.parse(e.text(), e.name()).asMap().allowOnly(LEXICON_KEYS);
            String name = n.require("name").asText();
            PhraseSet.Builder b = PhraseSet.builder("lexicon " + name);
            LoadContext.addPhrasesAndLemmas(b, n);
            String description = n.has("description") ? n.require("description").asString() : "";
            return new NamedLexicon(new Lexicon(name, description, b.build()), n.require("name"));
        }

        private ResourceDirectory resources(Map<String, Lexicon> lexicons) throws ConfigException {
            List<RegionInfo> regions = new ArrayList<>();
            for (ClasspathFiles.Entry e : ClasspathFiles.list(loader, root + "/crisis-resources")) {
                regions.add(RegionFiles.read(Yaml.parse(e.text(), e.name())));
            }
            Lexicon help = lexicons.get("help-context");
            PhraseSet helpWords = help != null ? help.phrases()
                    : PhraseSet.builder("help-context words").lemma("call").lemma("text").lemma("dial").build();
            return new ResourceDirectory(regions, helpWords);
        }

        private static Profile profile(YNode n, Map<String, Rule> rules) throws ConfigException {
            String id = n.require("id").asText();
            Map<String, RuleSetting> severities = new LinkedHashMap<>();
            if (n.has("rules")) {
                for (Map.Entry<String, YNode> e : n.require("rules").asMap().entries().entrySet()) {
                    checkRuleRef(n.require("rules"), e.getKey(), rules);
                    severities.put(e.getKey(), setting(e.getValue()));
                }
            }
            Map<String, Map<String, String>> options = new LinkedHashMap<>();
            if (n.has("options")) {
                for (Map.Entry<String, YNode> e : n.require("options").asMap().entries().entrySet()) {
                    checkRuleRef(n.require("options"), e.getKey(), rules);
                    Rule rule = rules.get(e.getKey());
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Map.Entry<String, YNode> o : e.getValue().asMap().entries().entrySet()) {
                        if (rule == null || !rule.spec().options().containsKey(o.getKey())) {
                            throw e.getValue().keyError(o.getKey(), "rule " + e.getKey() + " has no such option");
                        }
                        values.put(o.getKey(), o.getValue().asString());
                    }
                    options.put(e.getKey(), values);
                }
            }
            String description = n.has("description") ? n.require("description").asString() : "";
            return new Profile(id, description, severities, options);
        }

        private static void checkRuleRef(YNode map, String key, Map<String, Rule> rules) throws ConfigException {
            boolean category = rules.keySet().stream().anyMatch(id -> id.startsWith(key + "/"));
            if (!rules.containsKey(key) && !category) {
                throw map.keyError(key, "no rule or category of that name");
            }
        }
    }

    /** A rule setting in a file: {@code off}, {@code info}, {@code warning} or {@code error}. */
    public static RuleSetting setting(YNode value) throws ConfigException {
        return RuleSetting.byId(value.asChoice(RuleSetting.ids())).orElseThrow();
    }

    /** The most files and folders a rule folder may hold: rule folders are small, and "/" is not one. */
    static final int MAX_RULE_FOLDER_ENTRIES = 10_000;

    /**
     * The {@code .yaml} and {@code .yml} files under a rule folder, in path order. Symbolic links to
     * folders are not followed. A folder that cannot be read, one that holds more than
     * {@value #MAX_RULE_FOLDER_ENTRIES} entries, and the root of the file system are config errors
     * naming the folder.
     */
    private static List<Path> ruleFiles(Path folder) throws ConfigException {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(folder.toString(), "rule folder does not exist or is not a directory");
        }
        Path abs = folder.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new ConfigException(folder.toString(), "the root of the file system is not a rule folder; name"
                    + " the folder that holds your rule files");
        }
        List<Path> out = new ArrayList<>();
        ConfigException[] failure = new ConfigException[1];
        int[] entries = new int[1];
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    return count(dir);
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                        if (!Files.isRegularFile(file)) {
                            failure[0] = new ConfigException(file.toString(), "cannot read this rule file in rule"
                                    + " folder " + folder + ": " + (Files.exists(file, java.nio.file.LinkOption
                                    .NOFOLLOW_LINKS) && !Files.exists(file) ? "broken symbolic link"
                                    : "not a regular file"));
                            return java.nio.file.FileVisitResult.TERMINATE;
                        }
                        out.add(file);
                    }
                    return count(file);
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    failure[0] = new ConfigException(file.toString(), "cannot read "
                            + (Files.isDirectory(file) ? "this folder" : "this file") + " in rule folder " + folder
                            + ": " + dev.papageno.core.input.IoErrors.reason(e));
                    return java.nio.file.FileVisitResult.TERMINATE;
                }

                private java.nio.file.FileVisitResult count(Path p) {
                    if (++entries[0] > MAX_RULE_FOLDER_ENTRIES) {
                        failure[0] = new ConfigException(folder.toString(), "rule folder holds more than "
                                + MAX_RULE_FOLDER_ENTRIES + " files and folders; name the folder of your rule files");
                        return java.nio.file.FileVisitResult.TERMINATE;
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(folder.toString(), "cannot read rule folder: " + e.getMessage());
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        java.util.Collections.sort(out);
        return out;
    }

    static String readText(Path file) throws ConfigException {
        return dev.papageno.core.yaml.YamlFile.read(file);
    }
}
