package dev.papageno.core.rule;

import dev.papageno.core.api.RuleSetting;
import java.util.Map;
import java.util.Optional;

/**
 * A profile: which rules are on, at what severity, with which options, for a kind of writing
 * ({@code blog}, {@code news}, {@code clinical}). Profiles only refer to rule ids; they never define
 * rules.
 *
 * @param id          the profile's name
 * @param description what kind of writing it is for
 * @param severities  rule id (or category) to its setting
 * @param options     rule id to option values
 */
public record Profile(String id, String description, Map<String, RuleSetting> severities,
        Map<String, Map<String, String>> options) {

    public Profile {
        severities = Map.copyOf(severities);
        options = Map.copyOf(options);
    }

    /** What the profile sets a rule to: its id's setting, else its category's, else nothing. */
    public Optional<RuleSetting> settingOf(RuleSpec rule) {
        RuleSetting s = severities.get(rule.id());
        return Optional.ofNullable(s != null ? s : severities.get(rule.category()));
    }

    /** A profile that changes nothing. */
    public static Profile neutral(String id) {
        return new Profile(id, "", Map.of(), Map.of());
    }
}
