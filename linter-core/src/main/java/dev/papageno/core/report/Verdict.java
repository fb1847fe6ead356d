package dev.papageno.core.report;

import dev.papageno.core.api.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The one line an editor reads first: what the findings come to, such as "1 error, 2 warnings: fix
 * before publishing." or "Nothing to fix: ...". The review page and the HTML report say it alike.
 *
 * @param text  the line
 * @param level {@code fails} with errors, {@code warns} with warnings, {@code notes} with notes only,
 *              {@code clean} with nothing
 */
public record Verdict(String text, String level) {

    /** The verdict on findings counted by severity. */
    public static Verdict of(long errors, long warnings, long info) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(Summary.plural(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(Summary.plural(warnings, "warning"));
        }
        if (info > 0) {
            parts.add(Summary.plural(info, "note"));
        }
        if (parts.isEmpty()) {
            return new Verdict("Nothing to fix: this follows the guidelines Papageno checks.", "clean");
        }
        String counts = String.join(", ", parts);
        if (errors > 0 || warnings > 0) {
            return new Verdict(counts + ": fix before publishing.", errors > 0 ? "fails" : "warns");
        }
        return new Verdict(counts + ": worth a look before publishing.", "notes");
    }
}
