package dev.papageno.core.yaml;

import dev.papageno.core.api.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A node of a YAML file with its position, so that every complaint about a rule or config file can
 * name the file, line, column and key. Only plain data: strings, lists and maps.
 */
public final class YNode {

    /** The three shapes a node can have. */
    public enum Kind {
        SCALAR,
        LIST,
        MAP
    }

    private final Kind kind;
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String scalar;
    private final boolean quoted;
    private final List<YNode> items;
    private final Map<String, YNode> entries;
    private final Map<String, int[]> keyPositions;

    YNode(Kind kind, String file, int line, int column, String path, String scalar, boolean quoted, List<YNode> items,
            Map<String, YNode> entries, Map<String, int[]> keyPositions) {
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.scalar = scalar;
        this.quoted = quoted;
        this.items = items;
        this.entries = entries;
        this.keyPositions = keyPositions;
    }

    public Kind kind() {
        return kind;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the node. */
    public int line() {
        return line;
    }

    /** 1-based column of the node. */
    public int column() {
        return column;
    }

    /** Where the node is, as keys and indexes: {@code examples[2].bad}. */
    public String path() {
        return path;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    /** A complaint about this node: {@code file:line:col: path: message}. */
    public ConfigException error(String message) {
        String where = path.isEmpty() ? "" : path + ": ";
        return new ConfigException(file, line, column, where + message);
    }

    // ----- scalars

    public String asString() throws ConfigException {
        if (kind != Kind.SCALAR) {
            throw error("expected a text value, found " + describe());
        }
        return scalar;
    }

    /** A non-empty text value. */
    public String asText() throws ConfigException {
        String s = asString();
        if (s.isBlank()) {
            throw error("must not be empty");
        }
        return s;
    }

    public boolean asBoolean() throws ConfigException {
        String s = asString().toLowerCase(Locale.ROOT);
        if (quoted || !(s.equals("true") || s.equals("false"))) {
            throw error("expected true or false, found " + ConfigException.quote(scalar));
        }
        return s.equals("true");
    }

    public int asInt(int min, int max) throws ConfigException {
        String s = asString();
        try {
            int v = Integer.parseInt(s.strip());
            if (v < min || v > max) {
                throw error("must be between " + min + " and " + max + ", found " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found " + ConfigException.quote(s) + "");
        }
    }

    /** A number from 0 to 1 (a share or a score). */
    public double asFraction() throws ConfigException {
        double v;
        try {
            v = Double.parseDouble(asText());
        } catch (NumberFormatException e) {
            throw error("must be a number from 0 to 1");
        }
        if (v < 0 || v > 1) {
            throw error("must be a number from 0 to 1");
        }
        return v;
    }

        /** One of a closed set of words; the error lists what is allowed. */
    public String asChoice(Set<String> allowed) throws ConfigException {
        String s = asString().strip();
        if (!allowed.contains(s)) {
            throw error(ConfigException.quote(s) + " is not allowed; use one of: " + String.join(", ", sorted(allowed)));
        }
        return s;
    }

    // ----- lists

    /** Items of a list; a scalar counts as a list of one when {@code lenient}. */
    public List<YNode> asList() throws ConfigException {
        if (kind != Kind.LIST) {
            throw error("expected a list, found " + describe());
        }
        return items;
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> asStringList() throws ConfigException {
        if (kind == Kind.SCALAR) {
            return List.of(asText());
        }
        List<String> out = new ArrayList<>();
        for (YNode n : asList()) {
            out.add(n.asText());
        }
        return out;
    }

    // ----- maps

    public YNode asMap() throws ConfigException {
        if (kind != Kind.MAP) {
            throw error("expected a map of keys and values, found " + describe());
        }
        return this;
    }

    public Set<String> keys() {
        return entries == null ? Set.of() : Collections.unmodifiableSet(entries.keySet());
    }

    public Map<String, YNode> entries() {
        return entries == null ? Map.of() : Collections.unmodifiableMap(entries);
    }

    public Optional<YNode> get(String key) {
        return entries == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
    }

    public boolean has(String key) {
        return entries != null && entries.containsKey(key);
    }

    public YNode require(String key) throws ConfigException {
        asMap();
        YNode v = entries.get(key);
        if (v == null) {
            throw error("missing required key " + ConfigException.quote(key) + "");
        }
        return v;
    }

    /**
     * The non-empty text under an optional key: empty when the key is absent, an error when the
     * value is not a non-empty text (as {@link #asText()}).
     */
    public Optional<String> optionalText(String key) throws ConfigException {
        return has(key) ? Optional.of(require(key).asText()) : Optional.empty();
    }

    /**
     * The texts under an optional key: none when the key is absent, otherwise as
     * {@link #asStringList()} (a single text is a list of one).
     */
    public List<String> stringList(String key) throws ConfigException {
        return has(key) ? require(key).asStringList() : List.of();
    }

    /** Fails on the first key that is not allowed, naming it and listing the allowed keys. */
    public YNode allowOnly(Set<String> allowed) throws ConfigException {
        asMap();
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                int[] pos = keyPositions.get(key);
                String where = path.isEmpty() ? "" : path + ": ";
                String hint = dev.papageno.core.spelling.Spelling.closestWord(allowed, key).map(k -> " (did you mean " + k + "?)")
                        .orElse("");
                throw new ConfigException(file, pos[0], pos[1], where + "unknown key " + ConfigException.quote(key)
                        + hint + "; allowed keys: " + String.join(", ", sorted(allowed)));
            }
        }
        return this;
    }

    /** Position of a key in a map, for complaints about the key itself. */
    public ConfigException keyError(String key, String message) {
        int[] pos = keyPositions == null ? null : keyPositions.get(key);
        String where = (path.isEmpty() ? "" : path + ".") + key + ": ";
        if (pos == null) {
            return new ConfigException(file, line, column, where + message);
        }
        return new ConfigException(file, pos[0], pos[1], where + message);
    }

    private String describe() {
        return switch (kind) {
            case SCALAR -> ConfigException.quote(scalar);
            case LIST -> "a list";
            case MAP -> "a map";
        };
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        Collections.sort(l);
        return l;
    }

    static Map<String, YNode> newMap() {
        return new LinkedHashMap<>();
    }
}
