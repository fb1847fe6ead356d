package dev.papageno.lsp;

import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Fix;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.fix.Edit;
import dev.papageno.core.fix.FixPlan;
import dev.papageno.core.fix.Fixer;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * Fixes as {@code papageno check --fix} makes them: the core's {@link FixPlan} decides which edits
 * are safe (inside one block of prose, not overlapping, still matching, writable in the file's
 * charset), and fixing all runs in passes until nothing fixable is left, as the {@link Fixer} does,
 * but on the text the editor holds, read as the document's own format.
 */
final class FixAll {

    private FixAll() {
    }

    /**
     * The edit that replaces one finding's words with {@code replacement}, when the fix plan would
     * make it.
     */
    static Optional<Edit> one(Linter linter, SourceText source, Document document, Finding f, String replacement) {
        TextRange r = f.fix().map(Fix::range).orElse(f.range());
        Finding with = new Finding(f.rule(), f.category(), f.severity(), f.message(), f.range(), f.line(), f.column(),
                f.endLine(), f.endColumn(), f.text(), f.suggestions(), f.sources(), f.rationale(), f.cues(),
                Optional.of(new Fix(r, replacement)));
        FixPlan plan = FixPlan.of(source, List.of(with), document, linter.charset());
        return plan.edits().isEmpty() ? Optional.empty() : Optional.of(plan.edits().get(0));
    }

    /**
     * The edits that fix every fixable finding, in order and not overlapping, against
     * {@code source}: the edits of the one pass when one was enough, else the single replacement
     * between the text and its fixed form; empty when there is nothing to fix.
     *
     * @param findings the findings of {@code source}
     */
    static List<Edit> all(Linter linter, SourceText source, InputFormat format, List<Finding> findings) {
        SourceText current = source;
        List<Finding> now = findings;
        List<Edit> first = List.of();
        int passes = 0;
        for (int pass = 0; pass < Fixer.MAX_PASSES; pass++) {
            Document doc = DocumentParser.forFormat(format).parse(current);
            FixPlan plan = FixPlan.of(current, now, doc, linter.charset());
            if (plan.isEmpty()) {
                break;
            }
            if (pass == 0) {
                first = plan.edits();
            }
            passes++;
            current = SourceText.of(source.name(), plan.apply(current.text()));
            now = linter.lint(LintRequest.source(current, format)).only().findings();
            if (now.stream().noneMatch(x -> x.fix().isPresent())) {
                break;
            }
        }
        if (passes == 0 || current.text().equals(source.text())) {
            return List.of();
        }
        return passes == 1 ? first : List.of(difference(source.text(), current.text()));
    }

    /**
     * The smallest single replacement that turns {@code before} into {@code after}: the text between
     * their common start and common end.
     */
    static Edit difference(String before, String after) {
        int start = 0;
        int max = Math.min(before.length(), after.length());
        while (start < max && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        if (start > 0 && Character.isHighSurrogate(before.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < max - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        if (end > 0 && Character.isLowSurrogate(before.charAt(before.length() - end))) {
            end--;
        }
        return new Edit(new TextRange(start, before.length() - end), after.substring(start, after.length() - end),
                "");
    }
}
