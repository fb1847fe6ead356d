package dev.papageno.bench.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The drafts the editor opens: the 18 KB seed post when it is there, otherwise the example drafts
 * put together up to the same size; each copy differs a little from the others, so that no result
 * can be reused for the text of another.
 */
final class Drafts {

    /** The size of the seed post, a real blog post. */
    static final int TARGET_BYTES = 18 * 1024;

    final String base;
    final String origin;

    private Drafts(String base, String origin) {
        this.base = base;
        this.origin = origin;
    }

    /** Reads the seed post, or builds a draft of about 18 KB from the Markdown files in {@code examples}. */
    static Drafts load(Path seed, Path examples) throws IOException {
        if (Files.isRegularFile(seed)) {
            return new Drafts(Files.readString(seed, StandardCharsets.UTF_8), seed.toString());
        }
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
                parts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("neither " + seed + " nor Markdown drafts in " + examples);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES; i++) {
            b.append(parts.get(i % parts.size())).append("\n\n");
        }
        return new Drafts(b.toString(), examples + "/*.md, put together");
    }

    /** The {@code n}th copy: the draft with a line of its own at the top and at the bottom. */
    String copy(int n) {
        return "Draft " + (n + 1) + ", for the week of the " + (n + 1) + "th.\n\n" + base
                + "\n\nWritten on day " + (n + 1) + " of the month.\n";
    }

    int bytes() {
        return copy(0).getBytes(StandardCharsets.UTF_8).length;
    }

    /** How many lines a copy has, so that edits stay inside it. */
    int lines() {
        return copy(0).split("\n", -1).length;
    }
}
