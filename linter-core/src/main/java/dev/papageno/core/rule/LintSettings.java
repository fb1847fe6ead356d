package dev.papageno.core.rule;

import java.util.Map;
import java.util.Optional;

/**
 * The per-run choices rules can see: the reader's region and the profile's rule options.
 *
 * @param region  the region code ({@code us}, {@code uk}, ...), if one is set
 * @param profile the profile id
 * @param options rule id to option name to value, from the profile
 */
public record LintSettings(Optional<String> region, String profile, Map<String, Map<String, String>> options) {

    public LintSettings {
        options = Map.copyOf(options);
    }
}
