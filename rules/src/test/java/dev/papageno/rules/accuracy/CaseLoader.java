package dev.papageno.rules.accuracy;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.input.DraftReader;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import dev.papageno.core.yaml.YNode;
import dev.papageno.core.yaml.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a fixture set: every draft ({@code .md}, {@code .txt}, {@code .html}) of a folder with the
 * {@code <name>.expect.yaml} beside it. Every mistake (a draft without expectations, an unknown key,
 * a text that is not in the draft) stops loading with the file, line, column and what is wrong.
 */
public final class CaseLoader {

    /** The ending of an expectations file. */
    public static final String EXPECT_SUFFIX = ".expect.yaml";

    private static final Set<String> CASE_KEYS = Set.of("profile", "region", "findings", "document", "traps");
    private static final Set<String> FINDING_KEYS = Set.of("rule", "text", "occurrence", "atMost", "note");
    private static final Set<String> DOCUMENT_KEYS = Set.of("rule", "atMost", "note");
    private static final Set<String> TRAP_KEYS = Set.of("text", "occurrence", "note");
    private static final Set<String> SEVERITIES = Set.of("info", "warning", "error");

    private CaseLoader() {
    }

    /** Every case of a set folder, ordered by file name. */
    public static List<AccuracyCase> loadSet(Path folder) throws ConfigException {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(folder.toString(), "no such fixture folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ConfigException(folder.toString(), "cannot list the folder: " + e.getMessage());
        }
        Set<String> expectations = new TreeSet<>();
        List<AccuracyCase> cases = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(EXPECT_SUFFIX)) {
                expectations.add(name);
            } else if (InputFormat.isDraftFileName(name)) {
                Path expect = file.resolveSibling(baseName(name) + EXPECT_SUFFIX);
                if (!Files.isRegularFile(expect)) {
                    throw new ConfigException(file.toString(), "a draft without " + expect.getFileName()
                            + " beside it");
                }
                cases.add(loadCase(file, expect));
            }
        }
        for (String e : expectations) {
            String base = e.substring(0, e.length() - EXPECT_SUFFIX.length());
            boolean drafted = cases.stream().anyMatch(c -> baseName(c.name()).equals(base));
            if (!drafted) {
                throw new ConfigException(folder.resolve(e).toString(), "expectations without a draft named " + base
                        + ".md, .txt or .html");
            }
        }
        return cases;
    }

    /** One case from its draft and its expectations file. */
    public static AccuracyCase loadCase(Path draft, Path expect) throws ConfigException {
        SourceText source;
        try {
            source = DraftReader.read(draft, draft.toString(), StandardCharsets.UTF_8);
        } catch (DraftReader.UnreadableException e) {
            throw new ConfigException(draft.toString(), e.getMessage());
        }
        String yaml;
        try {
            yaml = Files.readString(expect, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(expect.toString(), "cannot read: " + e.getMessage());
        }
        return parse(draft.getFileName().toString(), source, yaml, expect.toString());
    }

    /**
     * One case from a decoded draft and the text of its expectations.
     *
     * @param name       the draft's file name (its extension picks the format)
     * @param source     the decoded draft
     * @param yaml       the expectations
     * @param expectFile the expectations' file name, for errors
     */
    public static AccuracyCase parse(String name, SourceText source, String yaml, String expectFile)
            throws ConfigException {
        YNode root = Yaml.parse(yaml, expectFile).asMap().allowOnly(CASE_KEYS);
        Optional<String> profile = optionalText(root, "profile");
        Optional<String> region = optionalText(root, "region");
        String text = source.text();
        List<ExpectedSpan> spans = new ArrayList<>();
        for (YNode f : list(root, "findings")) {
            f.asMap().allowOnly(FINDING_KEYS);
            String rule = ruleOrCategory(f.require("rule"));
            String words = f.require("text").asText();
            TextRange range = locate(text, words, f);
            spans.add(new ExpectedSpan(rule, range, words, severity(f, "atMost"), note(f)));
        }
        spans.sort(Comparator.comparing(ExpectedSpan::range));
        List<ExpectedDocumentRule> document = new ArrayList<>();
        for (YNode d : list(root, "document")) {
            ExpectedDocumentRule rule;
            if (d.isScalar()) {
                rule = new ExpectedDocumentRule(ruleId(d), Optional.empty(), "");
            } else {
                d.asMap().allowOnly(DOCUMENT_KEYS);
                rule = new ExpectedDocumentRule(ruleId(d.require("rule")), severity(d, "atMost"), note(d));
            }
            if (document.stream().anyMatch(x -> x.rule().equals(rule.rule()))) {
                throw d.error(rule.rule() + " is listed twice");
            }
            document.add(rule);
        }
        List<Trap> traps = new ArrayList<>();
        for (YNode t : list(root, "traps")) {
            t.asMap().allowOnly(TRAP_KEYS);
            String words = t.require("text").asText();
            traps.add(new Trap(locate(text, words, t), words, note(t)));
        }
        return new AccuracyCase(name, source, InputFormat.forFileName(name), profile, region, spans, document,
                traps);
    }

    /** The name without its draft extension: {@code a.md} gives {@code a}. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static TextRange locate(String text, String words, YNode entry) throws ConfigException {
        int occurrence = entry.has("occurrence") ? entry.require("occurrence").asInt(1, 10_000) : 1;
        int at = -1;
        int found = 0;
        while (found < occurrence) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                break;
            }
            found++;
        }
        if (at < 0) {
            String asked = occurrence == 1 ? "" : " (occurrence " + occurrence + " asked)";
            throw entry.require("text").error("\"" + oneLine(words) + "\" occurs " + found
                    + " times in the draft" + asked);
        }
        return new TextRange(at, at + words.length());
    }

    private static List<YNode> list(YNode root, String key) throws ConfigException {
        if (!root.has(key)) {
            return List.of();
        }
        YNode n = root.require(key);
        if (n.isScalar() && n.asString().isEmpty()) {
            return List.of();
        }
        return n.asList();
    }

    private static Optional<String> optionalText(YNode root, String key) throws ConfigException {
        return root.has(key) ? Optional.of(root.require(key).asText().strip()) : Optional.empty();
    }

    private static Optional<Severity> severity(YNode n, String key) throws ConfigException {
        if (!n.has(key)) {
            return Optional.empty();
        }
        return Severity.byId(n.require(key).asChoice(SEVERITIES));
    }

    private static String note(YNode n) throws ConfigException {
        return n.has("note") ? n.require("note").asString().strip() : "";
    }

    private static String ruleOrCategory(YNode n) throws ConfigException {
        String s = n.asText().strip();
        int slash = s.indexOf('/');
        boolean ok = slash < 0 ? isName(s) : isName(s.substring(0, slash)) && isName(s.substring(slash + 1));
        if (!ok) {
            throw n.error("\"" + s + "\" is neither a rule id (category/name) nor a category");
        }
        return s;
    }

    private static String ruleId(YNode n) throws ConfigException {
        String s = ruleOrCategory(n);
        if (s.indexOf('/') < 0) {
            throw n.error("a document-level expectation names one rule (category/name), not a category");
        }
        return s;
    }

    /** Lower-case letters, digits and single inner dashes, starting with a letter. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z' || s.endsWith("-") || s.contains("--")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String s) {
        return s.replace("\n", "\\n");
    }
}
