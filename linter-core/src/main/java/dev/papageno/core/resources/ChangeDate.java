package dev.papageno.core.resources;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * When a help line changed, as precisely as its source says: a day ({@code 2022-07-16}), a month
 * ({@code 2014-03}) or a year ({@code 2016}).
 *
 * @param year  the year
 * @param month 1 to 12, or 0 when only the year is known
 * @param day   1 to 31, or 0 when only the year or month is known
 */
public record ChangeDate(int year, int month, int day) {

    public ChangeDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            LocalDate.of(year, month, day);
        } else if (month != 0) {
            Month.of(month);
        }
    }

    /** Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when the text is none of these. */
    public static Optional<ChangeDate> parse(String text) {
        String t = text.strip();
        String[] parts = t.split("-", -1);
        if (parts.length > 3 || parts[0].length() != 4) {
            return Optional.empty();
        }
        int[] values = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if ((i > 0 && parts[i].length() != 2) || !allDigits(parts[i])) {
                return Optional.empty();
            }
            values[i] = Integer.parseInt(parts[i]);
        }
        if ((parts.length > 1 && values[1] == 0) || (parts.length > 2 && values[2] == 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChangeDate(values[0], values[1], values[2]));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "16 July 2022", "March 2014" or "2016". */
    public String display() {
        if (month == 0) {
            return String.valueOf(year);
        }
        String m = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (day == 0 ? "" : day + " ") + m + " " + year;
    }

    /** "on 16 July 2022", "in March 2014", "in 2016": the date after a verb. */
    public String phrase() {
        return (day == 0 ? "in " : "on ") + display();
    }

    @Override
    public String toString() {
        return month == 0 ? String.valueOf(year) : day == 0 ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }
}
