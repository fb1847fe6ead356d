package dev.papageno.core.fix;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Fix;
import dev.papageno.core.document.Block;
import dev.papageno.core.document.Document;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edits one pass applies to a source: the fix of every fixable finding, in order, leaving out
 * an edit that
 * <ul>
 *   <li>overlaps one already taken (the next pass sees it again, on the fixed text);</li>
 *   <li>no longer matches the text it was found on;</li>
 *   <li>is not wholly inside one block of prose, so code, front matter, URLs and markup are never
 *       touched;</li>
 *   <li>has characters the file's charset cannot hold.</li>
 * </ul>
 *
 * @param edits   the edits, in order, not overlapping
 * @param skipped why each left-out fix was left out ({@code rule at line:col: reason})
 */
public record FixPlan(List<Edit> edits, List<String> skipped) {

    public FixPlan {
        edits = List.copyOf(edits);
        skipped = List.copyOf(skipped);
    }

    /**
     * Plans the edits for findings of a source.
     *
     * @param source   the text the findings were made on
     * @param findings the findings; those without a fix are ignored
     * @param document the parsed source, to keep edits inside prose
     * @param charset  the charset the file is written in
     */
    public static FixPlan of(SourceText source, List<Finding> findings, Document document, Charset charset) {
        List<Finding> fixable = new ArrayList<>(findings.stream().filter(f -> f.fix().isPresent()).toList());
        fixable.sort(Comparator.comparingInt((Finding f) -> f.fix().get().range().start())
                .thenComparingInt(f -> f.fix().get().range().end())
                .thenComparing(Finding::rule));
        CharsetEncoder encoder = charset.newEncoder();
        String lineEnding = lineEnding(source.text());
        List<Edit> edits = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Finding f : fixable) {
            Fix fix = f.fix().get();
            TextRange r = fix.range();
            String replacement = fix.replacement().replace("\r\n", "\n").replace("\r", "\n").replace("\n", lineEnding);
            Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
            if (last != null && last.range().equals(r) && last.replacement().equals(replacement)) {
                continue;
            }
            String where = f.rule() + " at " + f.line() + ":" + f.column() + ": ";
            if (last != null && r.start() < last.range().end()) {
                skipped.add(where + "overlaps another fix");
            } else if (r.end() > source.length() || !source.slice(r).equals(f.text())) {
                skipped.add(where + "the text changed since it was checked");
            } else if (!inProse(document, r)) {
                skipped.add(where + "not inside one block of prose");
            } else if (!encoder.canEncode(replacement)) {
                skipped.add(where + "“" + replacement + "” cannot be written in " + charset.name());
            } else {
                edits.add(new Edit(r, replacement, f.rule()));
            }
        }
        return new FixPlan(edits, skipped);
    }

    /** The text with every edit applied. */
    public String apply(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : edits) {
            sb.append(text, at, e.range().start()).append(e.replacement());
            at = e.range().end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** Whether a range is prose of one block, char for char, so replacing it touches nothing else. */
    static boolean inProse(Document document, TextRange r) {
        for (Block b : document.blocks()) {
            TextRange whole = b.sourceRange();
            if (!whole.contains(r)) {
                continue;
            }
            if (r.isEmpty()) {
                return true;
            }
            int from = b.blockOffset(r.start());
            int to = b.blockOffset(r.end() - 1);
            if (from < 0 || to < from) {
                continue;
            }
            TextRange mapped = b.toSource(from, to + 1);
            if (mapped.equals(r) && to + 1 - from == r.length()) {
                return true;
            }
        }
        return false;
    }

    /** The first line ending in the text, so that new lines match the file; LF when there is none. */
    static String lineEnding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
            if (c == '\n') {
                return "\n";
            }
        }
        return "\n";
    }
}
