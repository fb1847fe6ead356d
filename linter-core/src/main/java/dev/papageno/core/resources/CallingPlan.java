package dev.papageno.core.resources;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How a region's numbers are dialled, from its data file's {@code dialling} key: the country
 * calling code, the trunk prefix dialled before a national number at home, and, where every
 * national number has the same length, that length.
 *
 * @param callingCode    the country calling code, digits only ({@code 44})
 * @param trunkPrefix    the trunk prefix ({@code 0}; {@code 1} in the North American plan), if any
 * @param nationalDigits the length of every national number (10 in the North American plan), if fixed
 */
public record CallingPlan(String callingCode, Optional<String> trunkPrefix, OptionalInt nationalDigits) {

    /** The shortest national number that a calling code can stand before when the length is not fixed. */
    static final int MIN_NATIONAL_DIGITS = 6;

    /**
     * Adds the other forms of a number under this plan: without the calling code, and with the trunk
     * prefix in its place ("448000684141" gives "8000684141" and "08000684141"); and a national
     * number of the fixed length with its calling code ("8002738255" gives "18002738255").
     */
    void addVariants(String digits, Set<String> out) {
        if (digits.startsWith(callingCode)) {
            String rest = digits.substring(callingCode.length());
            boolean national = nationalDigits.isPresent() ? rest.length() == nationalDigits.getAsInt()
                    : rest.length() >= MIN_NATIONAL_DIGITS;
            if (national) {
                out.add(rest);
                trunkPrefix.filter(t -> !rest.startsWith(t)).ifPresent(t -> out.add(t + rest));
            }
        }
        if (nationalDigits.isPresent() && digits.length() == nationalDigits.getAsInt() && !digits.startsWith("0")
                && trunkPrefix.map(t -> !digits.startsWith(t)).orElse(true)) {
            out.add(callingCode + digits);
        }
    }
}
