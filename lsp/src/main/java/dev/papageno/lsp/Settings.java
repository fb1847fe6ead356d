package dev.papageno.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the editor may set, in the initialization options or as the {@code papageno} section of
 * its settings ({@code workspace/configuration}): the profile and region, which win over
 * {@code .papageno.yml} as {@code --profile} and {@code --region} do, and how long to wait after
 * the last keystroke before linting.
 *
 * <pre>{@code {"profile": "news", "region": "uk", "debounce": 300}}</pre>
 *
 * @param profile  {@code blog}, {@code news} or {@code clinical}; empty for the config's
 * @param region   a region code; empty for the config's
 * @param debounce milliseconds between the last change and linting
 * @param problems settings that were not understood, to tell the user about
 */
record Settings(Optional<String> profile, Optional<String> region, long debounce, List<String> problems) {

    /** Milliseconds to wait after a change, unless the editor says otherwise. */
    static final long DEFAULT_DEBOUNCE = 250;
    static final long MAX_DEBOUNCE = 10_000;

    static final Settings DEFAULT = new Settings(Optional.empty(), Optional.empty(), DEFAULT_DEBOUNCE, List.of());

    Settings {
        problems = List.copyOf(problems);
    }

    /**
     * Reads settings from JSON: an object with the keys above, or one with them under
     * {@code papageno}; anything else keeps {@code base}.
     */
    static Settings from(Object json, Settings base) {
        if (!(json instanceof JsonElement element) || !element.isJsonObject()) {
            return base;
        }
        JsonObject o = element.getAsJsonObject();
        if (o.has("papageno") && o.get("papageno").isJsonObject()) {
            o = o.getAsJsonObject("papageno");
        }
        List<String> problems = new ArrayList<>();
        Optional<String> profile = text(o, "profile", problems).or(base::profile);
        Optional<String> region = text(o, "region", problems).or(base::region);
        long debounce = base.debounce();
        JsonElement d = o.get("debounce");
        if (d != null && !d.isJsonNull()) {
            if (d instanceof JsonPrimitive p && p.isNumber() && p.getAsDouble() >= 0
                    && p.getAsDouble() <= MAX_DEBOUNCE) {
                debounce = p.getAsLong();
            } else {
                problems.add("debounce must be a number of milliseconds from 0 to " + MAX_DEBOUNCE);
            }
        }
        for (String key : o.keySet()) {
            if (!List.of("profile", "region", "debounce").contains(key)) {
                problems.add("unknown setting \"" + key + "\"; use profile, region or debounce");
            }
        }
        return new Settings(profile, region, debounce, problems);
    }

    private static Optional<String> text(JsonObject o, String key, List<String> problems) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (e instanceof JsonPrimitive p && p.isString()) {
            String s = p.getAsString().strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        problems.add(key + " must be a string");
        return Optional.empty();
    }
}
