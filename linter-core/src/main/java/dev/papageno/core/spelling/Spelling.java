package dev.papageno.core.spelling;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the one edit distance behind every suggestion for a mistyped name. */
public final class Spelling {

    private Spelling() {
    }

    /** The known word closest to {@code typed}, when at most {@code maxEdits} edits away. */
    public static Optional<String> closest(Collection<String> known, String typed, int maxEdits) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(k, typed);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= maxEdits ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Edits between two words: insertions, deletions and substitutions of one character, and
     * swaps of two neighbouring characters (optimal string alignment distance).
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
}
