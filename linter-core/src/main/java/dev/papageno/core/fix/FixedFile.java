package dev.papageno.core.fix;

import dev.papageno.core.source.SourceText;
import java.util.List;

/**
 * What fixing one input gives, before anything is written.
 *
 * @param path     the input as reports show it
 * @param original the source as it was linted (its charset and byte-order mark are kept)
 * @param text     the text after every pass of fixes
 * @param applied  how many fixes were applied, over all passes
 * @param skipped  fixes left out in the last pass, with why
 */
public record FixedFile(String path, SourceText original, String text, int applied, List<String> skipped) {

    public FixedFile {
        skipped = List.copyOf(skipped);
    }

    /** Whether the text differs from the original. */
    public boolean changed() {
        return !text.equals(original.text());
    }

    /** The fixed text encoded as the original was: same charset, same byte-order mark. */
    public byte[] bytes() {
        return original.encode(text);
    }

    /** The changes as a unified diff; empty when nothing changed. */
    public String diff() {
        return UnifiedDiff.of(path, original.text(), text);
    }
}
