package dev.papageno.core.resources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers in prose: finds number-shaped runs and normalizes them to digits. A run is made of
 * digit groups joined by spaces, dots or dashes, with brackets ({@code (800) 273-8255},
 * {@code +44 (0)800 068 4141}), a leading {@code +}, and vanity letters after a prefix
 * ({@code 1-800-273-TALK}, {@code 1-800-DONT CUT}, {@code 0508 TAUTOKO}); digits in brackets that
 * repeat the letters ({@code 800-273-TALK (8255)}) belong to the run.
 */
public final class PhoneNumbers {

    /**
     * A number-shaped run in a text.
     *
     * @param start  first char
     * @param end    one past the last char
     * @param digits the digits, vanity letters mapped to the keypad
     * @param parts  the pieces of the run that spaces separate, in order (a run without spaces has one)
     */
    public record Candidate(int start, int end, String digits, List<Candidate> parts) {

        public Candidate {
            parts = List.copyOf(parts);
        }

        /**
         * The ways to read the run, longest first: the whole run; then, when spaces separate it,
         * the run without its trailing pieces ("988 24/7" gives "988"); then without leading
         * pieces of one or two digits ("24/7 988" gives "988").
         */
        public List<Candidate> readings() {
            List<Candidate> out = new ArrayList<>();
            out.add(this);
            int n = parts.size();
            for (int last = n - 2; last >= 0; last--) {
                out.add(join(parts.subList(0, last + 1)));
            }
            for (int first = 1; first < n && parts.get(first - 1).digits().length() <= 2; first++) {
                out.add(join(parts.subList(first, n)));
            }
            return out;
        }

        static Candidate join(List<Candidate> pieces) {
            StringBuilder d = new StringBuilder();
            pieces.forEach(p -> d.append(p.digits()));
            return new Candidate(pieces.get(0).start(), pieces.get(pieces.size() - 1).end(), d.toString(), pieces);
        }
    }

    private static final String KEYPAD = "22233344455566677778889999";
    private static final int MIN_DIGITS = 3;
    private static final int MAX_DIGITS = 15;
    private static final int VANITY_MIN_PREFIX = 4;
    private static final int VANITY_MAX_LETTERS = 7;
    private static final int VANITY_MIN_TOTAL = 10;
    private static final int VANITY_MAX_TOTAL = 11;

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
     * The forms a number may be written in, as digits, under the regions' calling plans: with and
     * without the international prefix {@code 00}, the country code and the trunk prefix
     * ("18002738255" and "8002738255"; "4408000684141", "08000684141").
     */
    public static Set<String> variants(String digits, List<CallingPlan> plans) {
        Set<String> out = new LinkedHashSet<>();
        out.add(digits);
        String d = digits.startsWith("00") ? digits.substring(2) : digits;
        out.add(d);
        for (CallingPlan p : plans) {
            p.addVariants(d, out);
        }
        return out;
    }

    /** Finds number-shaped runs of 3 to 15 digits that stand apart from the words around them. */
    public static List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!startsRun(text, i)) {
                i++;
                continue;
            }
            Run run = new Run(text, i);
            int scanned = run.read();
            Candidate c = run.candidate();
            if (c != null) {
                out.add(c);
            }
            i = scanned;
        }
        return out;
    }

    private static boolean startsRun(String text, int i) {
        char c = text.charAt(i);
        boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if (!boundary) {
            return false;
        }
        if (isDigit(c)) {
            return true;
        }
        if (c == '+') {
            return i + 1 < text.length() && (isDigit(text.charAt(i + 1)) || bracketGroupEnd(text, i + 1) > 0);
        }
        return c == '(' && bracketGroupEnd(text, i) > 0;
    }

    /** End (after the bracket) of "(digits)" starting at {@code i}, or -1. */
    private static int bracketGroupEnd(String text, int i) {
        if (i >= text.length() || text.charAt(i) != '(') {
            return -1;
        }
        int j = i + 1;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && j < text.length() && text.charAt(j) == ')' ? j + 1 : -1;
    }

    /** One run being read: digit groups, separators and vanity letters. */
    private static final class Run {
        private final String text;
        private final int start;
        private final StringBuilder digits = new StringBuilder();
        private final List<Candidate> parts = new ArrayList<>();
        private int partStart;
        private int partDigits;
        /** End of the last complete group. */
        private int end;
        private int letters;

        Run(String text, int start) {
            this.text = text;
            this.start = start;
            this.partStart = start;
        }

        /** Reads groups and separators; returns how far the text was read. */
        int read() {
            int n = text.length();
            int j = start;
            if (text.charAt(j) == '+') {
                j++;
            }
            boolean spaceBefore = false;
            while (j < n) {
                int before = digits.length();
                int next = group(j);
                if (next < 0) {
                    break;
                }
                if (spaceBefore) {
                    parts.add(new Candidate(partStart, end, digits.substring(partDigits, before), List.of()));
                    partStart = j;
                    partDigits = before;
                }
                j = next;
                end = j;
                if (digits.length() > MAX_DIGITS) {
                    break;
                }
                int sep = separator(j);
                if (sep < 0 || !startsGroup(sep)) {
                    break;
                }
                spaceBefore = text.charAt(j) == ' ' || text.charAt(j) == '\u00A0';
                j = sep;
            }
            return Math.max(end, start + 1);
        }

        /** Reads one group at {@code j}; returns the index after it, or -1 when none starts there. */
        private int group(int j) {
            int n = text.length();
            char c = text.charAt(j);
            if (c == '(') {
                int close = bracketGroupEnd(text, j);
                if (close < 0) {
                    return -1;
                }
                digits.append(text, j + 1, close - 1);
                return close;
            }
            if (isDigit(c)) {
                int k = j;
                while (k < n && isDigit(text.charAt(k))) {
                    k++;
                }
                digits.append(text, j, k);
                return k;
            }
            if (isUpper(c) && digits.length() >= VANITY_MIN_PREFIX) {
                return vanity(j);
            }
            return -1;
        }

        /**
         * Reads vanity letters at {@code j} when, alone or with one more word of capitals
         * ("DONT CUT"), they complete a number of 10 or 11 digits; -1 otherwise.
         */
        private int vanity(int j) {
            int k = letterRun(j);
            if (k < 0 || letters + (k - j) > VANITY_MAX_LETTERS) {
                return -1;
            }
            int total = digits.length() + (k - j);
            if (total > VANITY_MAX_TOTAL) {
                return -1;
            }
            if (total < VANITY_MIN_TOTAL) {
                boolean joined = k + 1 < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '-');
                int k2 = joined ? letterRun(k + 1) : -1;
                int total2 = total + (k2 - k - 1);
                if (k2 < 0 || letters + (k - j) + (k2 - k - 1) > VANITY_MAX_LETTERS || total2 < VANITY_MIN_TOTAL
                        || total2 > VANITY_MAX_TOTAL) {
                    return -1;
                }
            }
            String keyed = digits(text.substring(j, k));
            digits.append(keyed);
            letters += k - j;
            // "800-273-TALK (8255)": bracketed digits that repeat the letters belong to the number.
            int p = k;
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
            String repeat = "(" + keyed + ")";
            if (text.startsWith(repeat, p)) {
                return p + repeat.length();
            }
            return k;
        }

        /** End of a word of capitals at {@code j} that ends at a word boundary, or -1. */
        private int letterRun(int j) {
            int n = text.length();
            int k = j;
            while (k < n && isUpper(text.charAt(k))) {
                k++;
            }
            boolean wordEnd = k >= n || !Character.isLetterOrDigit(text.charAt(k));
            return k > j && wordEnd ? k : -1;
        }

        /** The index after a separator at {@code j}, or -1 when none. */
        private int separator(int j) {
            int n = text.length();
            if (j >= n) {
                return -1;
            }
            char c = text.charAt(j);
            if (c == '-' || c == '.' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == ' ' || c == '\u00A0') {
                return j + 1;
            }
            // "+44(0)800": a bracket, or digits right after one, need no separator.
            if (c == '(' || (isDigit(c) && text.charAt(j - 1) == ')')) {
                return j;
            }
            return -1;
        }

        private boolean startsGroup(int j) {
            if (j >= text.length()) {
                return false;
            }
            char c = text.charAt(j);
            return isDigit(c) || bracketGroupEnd(text, j) > 0
                    || (isUpper(c) && digits.length() >= VANITY_MIN_PREFIX);
        }

        Candidate candidate() {
            if (end <= start) {
                return null;
            }
            parts.add(new Candidate(partStart, end, digits.substring(partDigits), List.of()));
            // "988 24x7": a last piece that runs into a word is not part of the number.
            while (parts.size() > 1 && wordAt(parts.get(parts.size() - 1).end())) {
                parts.remove(parts.size() - 1);
            }
            Candidate whole = Candidate.join(parts);
            if (wordAt(whole.end()) || whole.digits().length() < MIN_DIGITS || whole.digits().length() > MAX_DIGITS) {
                return null;
            }
            return whole;
        }

        private boolean wordAt(int i) {
            return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
