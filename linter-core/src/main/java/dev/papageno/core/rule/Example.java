package dev.papageno.core.rule;

import dev.papageno.core.api.Severity;
import dev.papageno.core.source.TextRange;
import java.util.Optional;

/**
 * An example in a rule file, which is also a test. A {@code bad} example marks the one span the
 * rule must report with {@code [[ ]]} (an empty {@code [[]]} for a document-level finding) and may
 * give the text after the fix; an {@code ok} example must give no finding from any rule.
 *
 * @param bad     true for a bad example, false for an ok one
 * @param text    the example text with markers removed
 * @param marked  the marked span, for bad examples
 * @param fix     the expected text after the fix, if any
 * @param format  the input format to read the text as ({@code markdown} unless set)
 * @param profile the profile to lint with, if not the default
 * @param region  the region to lint with, if any
 * @param line    line of the example in the rule file, for test names and errors
 * @param severity the severity the finding of a bad example must have, if the example says
 */
public record Example(boolean bad, String text, Optional<TextRange> marked, Optional<String> fix, String format,
        Optional<String> profile, Optional<String> region, int line, Optional<Severity> severity) {

    /** An example that does not say what severity its finding has. */
    public Example(boolean bad, String text, Optional<TextRange> marked, Optional<String> fix, String format,
            Optional<String> profile, Optional<String> region, int line) {
        this(bad, text, marked, fix, format, profile, region, line, Optional.empty());
    }

    /** Splits "a [[b]] c" into the text "a b c" and the range of "b"; empty range for no markers. */
    public static Marked unmark(String raw) {
        int open = raw.indexOf("[[");
        if (open < 0) {
            return new Marked(raw, Optional.empty(), null);
        }
        int close = raw.indexOf("]]", open + 2);
        if (close < 0) {
            return new Marked(raw, Optional.empty(), "\"[[\" without a closing \"]]\"");
        }
        String text = raw.substring(0, open) + raw.substring(open + 2, close) + raw.substring(close + 2);
        if (text.contains("[[") || text.contains("]]")) {
            return new Marked(raw, Optional.empty(), "more than one [[ ]] span; a bad example marks exactly one");
        }
        return new Marked(text, Optional.of(new TextRange(open, close - 2)), null);
    }

    /**
     * The result of {@link #unmark}.
     *
     * @param text  the text without markers
     * @param range the marked range
     * @param error what is wrong with the markers, or null
     */
    public record Marked(String text, Optional<TextRange> range, String error) {
    }
}
