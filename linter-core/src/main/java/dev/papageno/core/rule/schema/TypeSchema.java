package dev.papageno.core.rule.schema;

import java.util.List;
import java.util.Map;

/**
 * The keys a rule type adds to the common ones, and what its messages and suggestions may say.
 *
 * @param type         the value of {@code type:}
 * @param description  what rules of this type do
 * @param keys         the type's own top-level keys
 * @param placeholders extra message placeholders the type fills in
 * @param suggest      the placeholders the type's suggestions may use
 * @param retired      keys of earlier versions of the format, as dotted paths from the top of the file
 *                     ({@code match.idioms}), each with what to write instead
 */
public record TypeSchema(String type, String description, List<KeySpec> keys, List<String> placeholders,
        SuggestionSyntax suggest, Map<String, String> retired) {

    public TypeSchema {
        keys = List.copyOf(keys);
        placeholders = List.copyOf(placeholders);
        retired = Map.copyOf(retired);
    }
}
