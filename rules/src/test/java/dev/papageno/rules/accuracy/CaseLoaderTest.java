package dev.papageno.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading cases: where expected texts are, and one-line errors for every mistake. */
class CaseLoaderTest {

    @Test
    void readsEveryKeyAndFindsTheAskedOccurrence() throws Exception {
        String text = "A cutter. Another cutter. A paper cutter.";
        AccuracyCase c = parse("x.html", text, """
                profile: news
                region: uk
                findings:
                  - rule: stigma/cutter
                    text: cutter
                    occurrence: 2
                    note: the second one
                  - rule: stigma
                    text: "A cutter"
                    atMost: info
                traps:
                  - text: "paper cutter"
                    note: a tool
                document:
                  - trigger-warning/missing
                  - rule: crisis-resources/missing
                    atMost: info
                """);
        assertEquals(InputFormat.HTML, c.format());
        assertEquals(Optional.of("news"), c.profile());
        assertEquals(Optional.of("uk"), c.region());
        ExpectedSpan first = c.spans().get(0);
        assertEquals(new TextRange(0, 8), first.range(), "spans are ordered by position");
        assertTrue(first.isCategory());
        assertEquals(Optional.of(Severity.INFO), first.atMost());
        ExpectedSpan second = c.spans().get(1);
        int at = text.indexOf("cutter", text.indexOf("cutter") + 1);
        assertEquals(new TextRange(at, at + 6), second.range());
        assertEquals("stigma", second.category());
        assertEquals("the second one", second.note());
        assertEquals(text.indexOf("paper cutter"), c.traps().get(0).range().start());
        assertEquals(List.of(new ExpectedDocumentRule("trigger-warning/missing", Optional.empty(), ""),
                new ExpectedDocumentRule("crisis-resources/missing", Optional.of(Severity.INFO), "")),
                c.documentRules());
    }

    @Test
    void emptyListsAndAbsentKeysAreEmpty() throws Exception {
        AccuracyCase c = parse("y.md", "Nothing to see.", "findings:\n");
        assertTrue(c.spans().isEmpty());
        assertTrue(c.traps().isEmpty());
        assertTrue(c.documentRules().isEmpty());
        assertEquals(Optional.empty(), c.profile());
    }

    @Test
    void mistakesNameTheFileLineAndWhatIsWrong() {
        assertError("y.expect.yaml:3:11: findings[0].text: \"cutters\" occurs 0 times in the draft",
                "findings:\n  - rule: stigma/cutter\n    text: cutters\n");
        assertError("y.expect.yaml:3:11: findings[0].text: \"cutter\" occurs 1 times in the draft (occurrence 2 asked)",
                "findings:\n  - rule: stigma/cutter\n    text: cutter\n    occurrence: 2\n");
        assertError("y.expect.yaml:1:1: unknown key \"finding\"", "finding: []\n");
        assertError("y.expect.yaml:2:11: findings[0].rule: \"Stigma/Cutter\" is neither a rule id",
                "findings:\n  - rule: Stigma/Cutter\n    text: cutter\n");
        assertError("y.expect.yaml:4:13: findings[0].atMost: \"low\" is not allowed",
                "findings:\n  - rule: stigma\n    text: cutter\n    atMost: low\n");
        assertError("y.expect.yaml:1:12: document[0]: a document-level expectation names one rule",
                "document: [stigma]\n");
        assertError("is listed twice", "document: [trigger-warning/missing, trigger-warning/missing]\n");
    }

    @Test
    void aSetNeedsBothFilesOfEveryCase(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "He committed suicide.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.expect.yaml"), "findings:\n  - rule: stigma/committed-suicide\n"
                + "    text: committed suicide\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.yaml"), "not a case", StandardCharsets.UTF_8);
        List<AccuracyCase> cases = CaseLoader.loadSet(dir);
        assertEquals(1, cases.size());
        assertEquals("a.md", cases.get(0).name());

        Files.writeString(dir.resolve("b.txt"), "A draft.", StandardCharsets.UTF_8);
        ConfigException noExpect = assertThrows(ConfigException.class, () -> CaseLoader.loadSet(dir));
        assertTrue(noExpect.getMessage().endsWith("b.txt: a draft without b.expect.yaml beside it"),
                noExpect.getMessage());

        Files.delete(dir.resolve("b.txt"));
        Files.writeString(dir.resolve("c.expect.yaml"), "findings: []\n", StandardCharsets.UTF_8);
        ConfigException noDraft = assertThrows(ConfigException.class, () -> CaseLoader.loadSet(dir));
        assertTrue(noDraft.getMessage().endsWith("c.expect.yaml: expectations without a draft named c.md, .txt or"
                + " .html"), noDraft.getMessage());
    }

    private static void assertError(String expected, String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("y.md", "A cutter.", yaml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static AccuracyCase parse(String name, String text, String yaml) throws ConfigException {
        String base = CaseLoader.baseName(name);
        return CaseLoader.parse(name, SourceText.of(name, text), yaml, base + CaseLoader.EXPECT_SUFFIX);
    }
}
