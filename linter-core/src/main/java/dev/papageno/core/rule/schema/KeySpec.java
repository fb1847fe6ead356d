package dev.papageno.core.rule.schema;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One key of the rule-file schema: its name, whether it is required, the shape of its value,
 * what it means, and the keys inside it. The loader checks files against these specs and the
 * schema page in {@code docs/} is generated from them, so the two cannot drift apart.
 *
 * @param key         the key
 * @param required    whether a file must have it
 * @param shape       the value's shape, in words ("text", "list of texts", "map")
 * @param description what it means
 * @param children    keys of a map value (or of each map in a list value)
 * @param choices     the words the value may be, for a key that takes one of a closed set; empty otherwise
 */
public record KeySpec(String key, boolean required, String shape, String description, List<KeySpec> children,
        List<String> choices) {

    public KeySpec {
        children = List.copyOf(children);
        choices = List.copyOf(choices);
    }

    /** A key whose value is free in its shape. */
    public KeySpec(String key, boolean required, String shape, String description, List<KeySpec> children) {
        this(key, required, shape, description, children, List.of());
    }

    /**
     * A key whose value is one of these constants, written by their {@link #id}s; the schema page
     * lists them, and {@link #read} accepts nothing else.
     */
    @SafeVarargs
    public static <E extends Enum<E>> KeySpec choice(String key, boolean required, String description, E... values) {
        List<String> ids = ids(List.of(values));
        return new KeySpec(key, required, "one of: " + String.join(", ", ids), description, List.of(), ids);
    }

    /** A key whose value is one of an enum's constants. */
    public static <E extends Enum<E>> KeySpec choice(String key, boolean required, Class<E> type,
            String description) {
        return choice(key, required, description, type.getEnumConstants());
    }

    /** A key whose value is a list of an enum's constants. */
    public static <E extends Enum<E>> KeySpec choices(String key, boolean required, Class<E> type,
            String description) {
        List<String> ids = ids(List.of(type.getEnumConstants()));
        return new KeySpec(key, required, "list of: " + String.join(", ", ids), description, List.of(), ids);
    }

    /** How rule files write a constant: its name in lower case, dashes for underscores ({@code list-item}). */
    public static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> ids(Collection<? extends Enum<?>> values) {
        return values.stream().map(KeySpec::id).toList();
    }

    /** The constant this key names in {@code parent}, checked against the choices. */
    public <E extends Enum<E>> E read(YNode parent, Class<E> type) throws ConfigException {
        return constant(parent.require(key).asChoice(new LinkedHashSet<>(choices)), type);
    }

    /** The constant this key names in {@code parent}, or {@code otherwise} when the key is absent. */
    public <E extends Enum<E>> E read(YNode parent, Class<E> type, E otherwise) throws ConfigException {
        return parent.has(key) ? read(parent, type) : otherwise;
    }

    /**
     * The constants this list key names in {@code parent}, in file order; a word that is none of
     * them is an error listing the choices, with {@code what} naming the kind ("a scope").
     */
    public <E extends Enum<E>> List<E> readAll(YNode parent, Class<E> type, String what) throws ConfigException {
        YNode list = parent.require(key);
        List<E> out = new ArrayList<>();
        for (String s : list.asStringList()) {
            if (!choices.contains(s)) {
                throw list.error(ConfigException.quote(s) + " is not " + what + "; use " + choicesInWords());
            }
            out.add(constant(s, type));
        }
        return out;
    }

    /** The choices as a sentence lists them: "markdown, html or text". */
    public String choicesInWords() {
        if (choices.size() < 2) {
            return String.join("", choices);
        }
        return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
    }

    private static <E extends Enum<E>> E constant(String id, Class<E> type) {
        return Enum.valueOf(type, id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public static KeySpec required(String key, String shape, String description, KeySpec... children) {
        return new KeySpec(key, true, shape, description, List.of(children));
    }

    public static KeySpec optional(String key, String shape, String description, KeySpec... children) {
        return new KeySpec(key, false, shape, description, List.of(children));
    }

    /** Whether {@code parent} has this key. */
    public boolean in(YNode parent) {
        return parent.has(key);
    }

    /** The value of this key in {@code parent}, which must have it. */
    public YNode of(YNode parent) throws ConfigException {
        return parent.require(key);
    }

    /** The names of the child keys. */
    public java.util.Set<String> childNames() {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        for (KeySpec k : children) {
            s.add(k.key());
        }
        return s;
    }

    public KeySpec child(String name) {
        for (KeySpec k : children) {
            if (k.key().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(key + " has no child " + name);
    }
}
