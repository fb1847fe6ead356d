package dev.papageno.core.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a profile, a config file or a front end sets a rule (or a whole category) to: a severity,
 * or {@link #OFF}.
 */
public enum RuleSetting {
    OFF(null),
    INFO(Severity.INFO),
    WARNING(Severity.WARNING),
    ERROR(Severity.ERROR);

    private final Severity severity;

    RuleSetting(Severity severity) {
        this.severity = severity;
    }

    /** The setting that turns a rule on at this severity. */
    public static RuleSetting of(Severity s) {
        return switch (s) {
            case INFO -> INFO;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
        };
    }

    /** The word for it in files and on the command line: {@code off}, {@code info}, {@code warning}, {@code error}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting of a word, in any case. */
    public static Optional<RuleSetting> byId(String id) {
        for (RuleSetting s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Every word, in order: "off, info, warning, error". */
    public static java.util.Set<String> ids() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (RuleSetting s : values()) {
            out.add(s.id());
        }
        return out;
    }

    /** The severity the rule runs at; empty when it is off. */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    public boolean isOff() {
        return this == OFF;
    }
}
