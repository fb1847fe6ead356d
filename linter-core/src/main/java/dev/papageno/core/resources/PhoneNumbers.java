package dev.papageno.core.resources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers in prose: finds number-shaped runs (digits with spaces, dots, dashes, brackets, a
 * leading {@code +}, and vanity letters such as {@code 273-TALK}) and normalizes them to digits.
 */
public final class PhoneNumbers {

    /**
     * A number-shaped run in a text.
     *
     * @param start  first char
     * @param end    one past the last char
     * @param digits the digits, vanity letters mapped to the keypad
     */
    public record Candidate(int start, int end, String digits) {
    }

    private static final String KEYPAD = "22233344455566677778889999";

    private PhoneNumbers() {
    }

    /** Digits of a number as written in data or text ("1-800-273-TALK" gives "18002738255"). */
    public static String digits(String written) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append(KEYPAD.charAt(c - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                sb.append(KEYPAD.charAt(c - 'a'));
            }
        }
        return sb.toString();
    }

    /**
     * The forms a number may be written in, as digits: with and without its country code or
     * trunk prefix ("18002738255" and "8002738255"; "0800...", "44800...").
     */
    public static Set<String> variants(String digits) {
        Set<String> out = new LinkedHashSet<>();
        out.add(digits);
        String d = digits.startsWith("00") ? digits.substring(2) : digits;
        out.add(d);
        if (d.length() == 11 && d.startsWith("1")) {
            out.add(d.substring(1));
        }
        if (d.length() == 10 && !d.startsWith("0") && !d.startsWith("1")) {
            out.add("1" + d);
        }
        for (String cc : new String[] {"44", "353", "61", "64"}) {
            if (d.startsWith(cc) && d.length() > cc.length() + 6) {
                out.add("0" + d.substring(cc.length()));
            }
        }
        return out;
    }

    /** Finds number-shaped runs of 3 to 15 digits. */
    public static List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean startable = isDigit(c) || ((c == '+' || c == '(') && i + 1 < n && isDigit(text.charAt(i + 1)));
            boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!startable || !boundary) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder digits = new StringBuilder();
            int lastGood = i;
            int j = i;
            while (j < n) {
                char d = text.charAt(j);
                if (isDigit(d)) {
                    digits.append(d);
                    j++;
                    lastGood = j;
                } else if (d == '-' || d == '.' || d == '(' || d == ')' || d == '+' || d == '\u2010' || d == '\u2011'
                        || d == '\u2013') {
                    j++;
                } else if (d == ' ' || d == '\u00A0') {
                    if (j + 1 < n && (isDigit(text.charAt(j + 1)) || text.charAt(j + 1) == '(')) {
                        j++;
                    } else {
                        break;
                    }
                } else if (isUpper(d) && digits.length() >= 6) {
                    int k = j;
                    while (k < n && isUpper(text.charAt(k))) {
                        k++;
                    }
                    int len = k - j;
                    boolean wordEnd = k >= n || !Character.isLetterOrDigit(text.charAt(k));
                    if (len < 3 || len > 7 || !wordEnd) {
                        break;
                    }
                    String vanity = digits(text.substring(j, k));
                    digits.append(vanity);
                    j = k;
                    lastGood = j;
                    // "800-273-TALK (8255)": the bracketed digits repeat the letters.
                    int p = j;
                    while (p < n && text.charAt(p) == ' ') {
                        p++;
                    }
                    String repeat = "(" + vanity + ")";
                    if (text.startsWith(repeat, p)) {
                        j = p + repeat.length();
                        lastGood = j;
                    }
                    break;
                } else {
                    break;
                }
                if (digits.length() > 15) {
                    break;
                }
            }
            int end = lastGood;
            // A closing bracket that closes an opening one inside the run belongs to it.
            if (end < n && text.charAt(end) == ')' && text.substring(start, end).indexOf('(') >= 0
                    && text.substring(start, end).lastIndexOf('(') > text.substring(start, end).lastIndexOf(')')) {
                end++;
            }
            boolean wordAfter = end < n && Character.isLetterOrDigit(text.charAt(end));
            if (digits.length() >= 3 && digits.length() <= 15 && !wordAfter) {
                out.add(new Candidate(start, end, digits.toString()));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
