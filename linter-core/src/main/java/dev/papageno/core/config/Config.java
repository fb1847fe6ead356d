package dev.papageno.core.config;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.yaml.YNode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a {@code .papageno.yml}. Every key is optional; see the README for what each
 * one means. Positions are kept so that a value found wrong later (an unknown rule id) is reported
 * at its place in the file.
 *
 * @param file        the file it came from, if any
 * @param profile     {@code blog}, {@code news} or {@code clinical}
 * @param region      region code for crisis resources
 * @param failOn      the lowest severity that fails the run; empty with {@code none}
 * @param failOnSet   whether {@code failOn} was given
 * @param maxFindings fail when there are more findings than this
 * @param rules       rule id or category to severity (empty for off)
 * @param allow       phrases never to report
 * @param ruleFolders extra folders of rule files, resolved against the config file's folder
 * @param include     globs of files to check when walking folders
 * @param exclude     globs of files to skip
 * @param encoding    the charset of drafts without a byte-order mark
 * @param root        the parsed file, for positions
 */
public record Config(Optional<Path> file, Optional<String> profile, Optional<String> region,
        Optional<Severity> failOn, boolean failOnSet, Optional<Integer> maxFindings,
        Map<String, RuleSetting> rules, List<String> allow, List<Path> ruleFolders, List<String> include,
        List<String> exclude, Optional<Charset> encoding, Optional<YNode> root) {

    /** No file: every default. */
    public static final Config EMPTY = new Config(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, Optional.empty(), Map.of(), List.of(), List.of(), List.of(), List.of(),
            Optional.empty(), Optional.empty());

    public Config {
        rules = Map.copyOf(rules);
        allow = List.copyOf(allow);
        ruleFolders = List.copyOf(ruleFolders);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** A complaint about the value of a key (or of an entry of a map key). */
    public ConfigException errorAt(String key, String entry, String message) {
        if (root.isEmpty()) {
            return new ConfigException(file.map(Path::toString).orElse("<config>"), message);
        }
        YNode r = root.get();
        Optional<YNode> v = r.get(key);
        if (v.isEmpty()) {
            return r.error(message);
        }
        if (entry != null && v.get().isMap()) {
            return v.get().keyError(entry, message);
        }
        return v.get().error(message);
    }
}
