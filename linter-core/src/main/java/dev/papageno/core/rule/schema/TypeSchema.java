package dev.papageno.core.rule.schema;

import java.util.List;

/**
 * The keys a rule type adds to the common ones.
 *
 * @param type        the value of {@code type:}
 * @param description what rules of this type do
 * @param keys        the type's own top-level keys
 * @param placeholders extra message placeholders the type fills in
 */
public record TypeSchema(String type, String description, List<KeySpec> keys, List<String> placeholders) {
}
