package dev.papageno.core.api;

import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One thing a writer should look at: which rule, how much it matters, where (offsets into the
 * decoded file, and 1-based line and column counted in UTF-16 chars), what the words are, why,
 * and what to write instead.
 *
 * @param rule        the rule id, {@code category/name}
 * @param category    the first part of the rule id
 * @param severity    after profile, config and context adjustments
 * @param message     the explanation, one sentence or two
 * @param range       the span in the decoded file; empty for a document-level finding
 * @param line        1-based line of the start
 * @param column      1-based column of the start
 * @param endLine     1-based line of the end
 * @param endColumn   1-based column just past the end
 * @param text        the source text of the span
 * @param suggestions what to write instead, best first
 * @param sources     URLs of the guidelines behind the rule
 * @param rationale   why the rule exists, in plain words
 * @param cues        the evidence that made the finding ("instrument: razors"), if the rule reports it
 * @param fix         the automatic fix, when the rule offers one
 */
public record Finding(
        String rule,
        String category,
        Severity severity,
        String message,
        TextRange range,
        int line,
        int column,
        int endLine,
        int endColumn,
        String text,
        List<String> suggestions,
        List<String> sources,
        String rationale,
        List<String> cues,
        Optional<Fix> fix) {

    public Finding {
        suggestions = List.copyOf(suggestions);
        sources = List.copyOf(sources);
        cues = List.copyOf(cues);
    }

    public int offset() {
        return range.start();
    }

    public int length() {
        return range.length();
    }

    /**
     * Whether the finding marks where text should be added (a missing content note or help line)
     * rather than words to change: it has no length, and its suggestions are what to add.
     */
    public boolean isAddition() {
        return range.isEmpty();
    }

    /** A copy with another severity. */
    public Finding withSeverity(Severity s) {
        return new Finding(rule, category, s, message, range, line, column, endLine, endColumn, text, suggestions,
                sources, rationale, cues, fix);
    }
}
