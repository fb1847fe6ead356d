package dev.papageno.core.report;

import dev.papageno.core.api.Finding;

/** What a finding suggests, as the plain-text formats write it on one line. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * {@code Instead: a | b}, or {@code Add: a | b} for a finding of no length (something missing);
     * only for a finding with suggestions.
     */
    static String line(Finding x) {
        return (x.isAddition() ? "Add: " : "Instead: ") + String.join(" | ", x.suggestions());
    }
}
