package dev.papageno.core.rule.schema;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.yaml.YNode;
import java.util.List;

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
     * A key that takes one word of a closed set, such as the ids of an enum's constants; the schema
     * page lists them, and {@link #choice} accepts nothing else.
     */
    public static KeySpec choice(String key, boolean required, List<String> choices, String description) {
        return new KeySpec(key, required, "one of: " + String.join(", ", choices), description, List.of(), choices);
    }

    /** The value of this key in {@code parent}, checked against the choices. */
    public String choice(YNode parent) throws ConfigException {
        return parent.require(key).asChoice(new java.util.LinkedHashSet<>(choices));
    }

    /** The value of this key in {@code parent}, or {@code otherwise} when the key is absent. */
    public String choice(YNode parent, String otherwise) throws ConfigException {
        return parent.has(key) ? choice(parent) : otherwise;
    }

    public static KeySpec required(String key, String shape, String description, KeySpec... children) {
        return new KeySpec(key, true, shape, description, List.of(children));
    }

    public static KeySpec optional(String key, String shape, String description, KeySpec... children) {
        return new KeySpec(key, false, shape, description, List.of(children));
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
