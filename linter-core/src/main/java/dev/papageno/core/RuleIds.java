package dev.papageno.core;

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
            int d = distance(k, typed);
            String name = k.substring(k.indexOf('/') + 1);
            d = Math.min(d, distance(name, typed));
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

    /**
     * The known word ({@code failOn}, a rule-file key) that {@code typed} most likely meant: the same
     * word in other capitals ({@code failon}), else one at most two edits away, else none.
     */
    public static Optional<String> closestWord(Collection<String> known, String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (k.equalsIgnoreCase(typed)) {
                return Optional.of(k);
            }
            int d = distance(k.toLowerCase(java.util.Locale.ROOT), typed.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.min(2, Math.max(1, typed.length() / 3)) ? Optional.of(best)
                : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
