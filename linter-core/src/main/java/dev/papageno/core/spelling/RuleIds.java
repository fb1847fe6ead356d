package dev.papageno.core.spelling;

import java.util.Collection;
import java.util.Optional;

/** Helps people who mistype a rule id. */
public final class RuleIds {

    private RuleIds() {
    }

    /** The known id closest to {@code typed}, when it is close enough to be a likely typo. */
    public static Optional<String> closest(Collection<String> known, String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = Spelling.distance(k, typed);
            String name = k.substring(k.indexOf('/') + 1);
            d = Math.min(d, Spelling.distance(name, typed));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best == null || bestDistance > Math.max(2, typed.length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }
}
