package dev.papageno.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Fix;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.LineCol;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which edits a pass takes, and the atomic write. */
class FixPlanTest {

    private static final String TEXT = "---\ntitle: committed suicide\n---\n\nHe committed suicide.\n\n"
            + "```\ncommitted suicide\n```\n";

    private static Finding finding(SourceText src, int start, int end, String replacement) {
        LineCol a = src.lineCol(start);
        LineCol b = src.lineCol(end);
        TextRange r = new TextRange(start, end);
        return new Finding("stigma/committed-suicide", "stigma", Severity.WARNING, "m", r, a.line(), a.column(),
                b.line(), b.column(), src.slice(r), List.of(replacement), List.of(), "", List.of(),
                Optional.of(new Fix(r, replacement)));
    }

    private static int nth(String text, String word, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(word, at + 1);
        }
        return at;
    }

    @Test
    void editsOnlyProseNeverFrontMatterOrCode() {
        SourceText src = SourceText.of("post.md", TEXT);
        Document doc = DocumentParser.forFormat(InputFormat.MARKDOWN).parse(src);
        String phrase = "committed suicide";
        List<Finding> findings = List.of(1, 2, 3).stream()
                .map(n -> finding(src, nth(TEXT, phrase, n), nth(TEXT, phrase, n) + phrase.length(), "died by suicide"))
                .toList();
        FixPlan plan = FixPlan.of(src, findings, doc, StandardCharsets.UTF_8);
        assertEquals(1, plan.edits().size(), plan.toString());
        assertEquals(2, plan.skipped().size(), plan.toString());
        assertEquals(TEXT.replace("He committed suicide", "He died by suicide"), plan.apply(TEXT));
    }

    @Test
    void overlappingEditsWaitForTheNextPassAndDuplicatesCountOnce() {
        String text = "He committed suicide.\n";
        SourceText src = SourceText.of("post.txt", text);
        Document doc = DocumentParser.forFormat(InputFormat.TEXT).parse(src);
        Finding whole = finding(src, 3, 20, "died by suicide");
        Finding same = finding(src, 3, 20, "died by suicide");
        Finding inner = finding(src, 3, 12, "x");
        FixPlan dup = FixPlan.of(src, List.of(whole, same), doc, StandardCharsets.UTF_8);
        assertEquals(1, dup.edits().size(), dup.toString());
        assertEquals(List.of(), dup.skipped());
        FixPlan plan = FixPlan.of(src, List.of(whole, inner), doc, StandardCharsets.UTF_8);
        assertEquals(List.of(new Edit(new TextRange(3, 12), "x", "stigma/committed-suicide")), plan.edits());
        assertEquals(List.of("stigma/committed-suicide at 1:4: overlaps another fix"), plan.skipped());
    }

    @Test
    void replacementTheCharsetCannotHoldIsSkipped() {
        String text = "He committed suicide.\n";
        SourceText src = SourceText.of("post.txt", text);
        Document doc = DocumentParser.forFormat(InputFormat.TEXT).parse(src);
        FixPlan plan = FixPlan.of(src, List.of(finding(src, 3, 20, "died \u2014 by suicide")), doc,
                StandardCharsets.ISO_8859_1);
        assertEquals(0, plan.edits().size());
        assertEquals(1, plan.skipped().size());
    }

    @Test
    void newLinesInAReplacementFollowTheFile() {
        // The text, then the line ending its first line break gives (LF when it has none).
        String[][] cases = {{"a\r\nb\n", "\r\n"}, {"no line end", "\n"}, {"a\nb\r\n", "\n"}, {"old Mac\r", "\r"},
            {"a.\rb\n", "\r"}};
        for (String[] c : cases) {
            assertEquals(c[1], FixPlan.lineEnding(c[0]), c[0]);
        }
        assertEquals("He a\r\nb suicide.\r\n", plan("He committed suicide.\r\n", InputFormat.TEXT,
                fix(3, 12, "a\nb")).apply("He committed suicide.\r\n"));
    }

    /** A fix of {@code [start, end)} to a replacement. */
    private record Wanted(int start, int end, String replacement) {
    }

    private static Wanted fix(int start, int end, String replacement) {
        return new Wanted(start, end, replacement);
    }

    private static FixPlan plan(String text, InputFormat format, Wanted... fixes) {
        SourceText src = SourceText.of("post", text);
        Document doc = DocumentParser.forFormat(format).parse(src);
        List<Finding> findings = java.util.Arrays.stream(fixes)
                .map(w -> finding(src, w.start(), w.end(), w.replacement())).toList();
        return FixPlan.of(src, findings, doc, StandardCharsets.UTF_8);
    }

    @Test
    void fixesAtTheEdgesOfTheTextAndOfEachOther() {
        // The last word of a file without a final line break, then the first char of a block.
        assertEquals("He died by suicide", plan("He committed suicide", InputFormat.TEXT, fix(3, 20, "died by suicide"))
                .apply("He committed suicide"));
        assertEquals("He a\nb suicide", plan("He committed suicide", InputFormat.TEXT, fix(3, 12, "a\nb"))
                .apply("He committed suicide"));
        assertEquals("She committed suicide.\n", plan("He committed suicide.\n", InputFormat.TEXT, fix(0, 1, "Sh"))
                .apply("He committed suicide.\n"));
        // Fixes that touch without overlapping are both taken.
        FixPlan touching = plan("He committed suicide.\n", InputFormat.TEXT, fix(3, 12, "died"), fix(12, 20, " by x"));
        assertEquals(List.of(), touching.skipped());
        assertEquals("He died by x.\n", touching.apply("He committed suicide.\n"));
    }

    @Test
    void ofOverlappingFixesTheOneThatStartsFirstIsTaken() {
        FixPlan plan = plan("He committed suicide.\n", InputFormat.TEXT, fix(5, 12, "x"),
                fix(3, 20, "died by suicide"));
        assertEquals(List.of(new Edit(new TextRange(3, 20), "died by suicide", "stigma/committed-suicide")),
                plan.edits());
    }

    @Test
    void aFixAcrossMarkupIsSkippedAndAnInsertionInProseIsTaken() {
        String text = "He **committed** suicide.\n";
        FixPlan across = plan(text, InputFormat.MARKDOWN, fix(5, 24, "x"));
        assertEquals(List.of("stigma/committed-suicide at 1:6: not inside one block of prose"), across.skipped());
        FixPlan insertion = plan("He committed suicide.\n", InputFormat.TEXT, fix(3, 3, "almost "));
        assertEquals("He almost committed suicide.\n", insertion.apply("He committed suicide.\n"));
    }

    @Test
    void atomicReplaceKeepsNothingButTheNewBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("post.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), file.getFileName());
        AtomicFiles.replace(AtomicFiles.Snapshot.of(link.toRealPath()), "new".getBytes(StandardCharsets.UTF_8),
                AtomicFiles.BeforeRename.NONE);
        assertEquals("new", Files.readString(file));
        assertEquals(true, Files.isSymbolicLink(link), "a link stays a link");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }
}
