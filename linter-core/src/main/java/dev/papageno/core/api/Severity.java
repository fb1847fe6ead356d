package dev.papageno.core.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding matters, in the writer's terms.
 * <ul>
 *   <li>{@link #ERROR}: content linked to imitation risk, or readers at risk left with no working
 *       route to help. Fix before publishing.</li>
 *   <li>{@link #WARNING}: what the guidelines consistently ask writers to change. Fix, unless the
 *       context justifies it.</li>
 *   <li>{@link #INFO}: a suggestion or a contested term. Consider it.</li>
 * </ul>
 */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The lower-case name used in files and output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One level down; {@code INFO} has nowhere to go and returns empty. */
    public Optional<Severity> lower() {
        return switch (this) {
            case ERROR -> Optional.of(WARNING);
            case WARNING -> Optional.of(INFO);
            case INFO -> Optional.empty();
        };
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Severity> byId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
