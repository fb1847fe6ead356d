package dev.papageno.core;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.spelling.RuleIds;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.config.Config;
import dev.papageno.core.rule.Profile;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules are on, and at what severity: each rule starts at its own severity, then the
 * profile's settings apply, then the config file's, then the builder's; within each layer a rule
 * id wins over its category. Every key a layer names must be a rule or a category.
 */
final class ActiveRules {

    private ActiveRules() {
    }

    /**
     * @param enabled   rules or categories the builder switched on at their own severity
     * @param overrides the builder's settings, which win over {@code enabled}
     * @throws ConfigException          for a key of the config file that names no rule or category
     * @throws IllegalArgumentException for such a key given to the builder
     */
    static Map<String, Severity> resolve(RuleSet set, Profile profile, Config config, List<String> enabled,
            Map<String, RuleSetting> overrides) throws ConfigException {
        for (String key : config.rules().keySet()) {
            if (!known(set, key)) {
                throw config.errorAt("rules", key, "no rule or category of that name" + hint(set, key));
            }
        }
        checkBuilderKeys(set, overrides.keySet());
        checkBuilderKeys(set, enabled);
        Map<String, Severity> active = new LinkedHashMap<>();
        for (Rule r : set.rules()) {
            String id = r.spec().id();
            RuleSetting sev = RuleSetting.of(r.spec().severity());
            Map<String, RuleSetting> builderLayer = new LinkedHashMap<>();
            for (String key : enabled) {
                builderLayer.put(key, RuleSetting.of(r.spec().severity()));
            }
            builderLayer.putAll(overrides);
            for (Map<String, RuleSetting> layer : List.of(profile.severities(), config.rules(), builderLayer)) {
                if (layer.containsKey(r.spec().category())) {
                    sev = layer.get(r.spec().category());
                }
                if (layer.containsKey(id)) {
                    sev = layer.get(id);
                }
            }
            sev.severity().ifPresent(s -> active.put(id, s));
        }
        return active;
    }

    private static void checkBuilderKeys(RuleSet set, Collection<String> keys) {
        for (String key : keys) {
            if (!known(set, key)) {
                throw new IllegalArgumentException("unknown rule " + ConfigException.quote(key) + hint(set, key));
            }
        }
    }

    private static boolean known(RuleSet set, String key) {
        return set.rule(key).isPresent() || set.rules().stream().anyMatch(r -> r.spec().category().equals(key));
    }

    private static String hint(RuleSet set, String key) {
        return RuleIds.closest(set.rules().stream().map(r -> r.spec().id()).toList(), key)
                .map(s -> "; did you mean " + s + "?").orElse("");
    }
}
