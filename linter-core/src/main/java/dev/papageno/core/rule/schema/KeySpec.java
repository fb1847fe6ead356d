package dev.papageno.core.rule.schema;

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
 */
public record KeySpec(String key, boolean required, String shape, String description, List<KeySpec> children) {

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
