package dev.papageno.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.TestRules;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.Severity;
import dev.papageno.core.source.TextRange;
import dev.papageno.core.source.InputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DraftViewTest {


    private record Checked(String text, List<Finding> findings, DraftView view) {
        /** What a reader sees of each block: its pieces' text, breaks as a newline. */
        List<String> shown() {
            List<String> out = new ArrayList<>();
            for (DraftView.Block b : view.blocks()) {
                out.add((b.heading() ? "# " : "") + b.pieces().stream()
                        .map(p -> p.kind() == DraftView.Kind.BREAK ? "\n" : p.text()).collect(Collectors.joining()));
            }
            return out;
        }

        List<String> marked() {
            List<String> out = new ArrayList<>();
            for (DraftView.Block b : view.blocks()) {
                for (DraftView.Piece p : b.pieces()) {
                    if (p.kind() == DraftView.Kind.MARK) {
                        out.add(p.text());
                    }
                }
            }
            return out;
        }

        List<String> rules(List<Integer> which) {
            return which.stream().map(i -> findings.get(i).rule()).toList();
        }
    }

    private static Checked check(String text, InputFormat format) {
        List<Finding> findings = TestRules.lint(text, format);
        Checked c = new Checked(text, findings, DraftView.of(text, format, findings));
        for (DraftView.Block b : c.view().blocks()) {
            for (DraftView.Piece p : b.pieces()) {
                String source = text.substring(p.at(), p.at() + p.length());
                assertTrue(source.equals(p.text()) || p.kind() == DraftView.Kind.BREAK
                        || format == InputFormat.HTML && source.matches("&#?\\w+;") && p.text().length() <= 2,
                        "a piece is the draft's text: " + p);
            }
        }
        return c;
    }

    @Test
    void markdownIsShownAsReadWithItsMarkupHidden() {
        Checked c = check("---\ntitle: A hard year\n---\n\n# A hard year\n\nMy uncle **committed suicide** in"
                + " [March](https://example.org/march).\n\nWe miss him every day.\n", InputFormat.MARKDOWN);
        assertEquals(List.of("# A hard year", "My uncle committed suicide in March.", "We miss him every day."),
                c.shown());
        assertEquals(List.of("committed suicide"), c.marked());
        DraftView.Block paragraph = c.view().blocks().get(1);
        assertEquals(List.of("test/committed"), c.rules(paragraph.findings()));
    }

    @Test
    void htmlTagsAreHiddenBlockTagsStartBlocksAndReferencesAreShownAsTheirCharacters() {
        Checked c = check("<html><body>\n<h1>After <em>the</em> funeral</h1>\n<p>My cousin committed suicide"
                + " &amp; we\n  did not talk.<br>He was a cutter, they said.</p><p>We miss him.</p>\n"
                + "<!-- a note --></body></html>\n", InputFormat.HTML);
        assertEquals(List.of("# After the funeral", "My cousin committed suicide & we\n  did not talk.\n"
                + "He was a cutter, they said.", "We miss him."), c.shown(), "a <br> is a line break in its paragraph");
        assertEquals(List.of("committed suicide", "cutter"), c.marked());
    }

    @Test
    void aDraftWithoutBlankLinesIsCutIntoRowsSoCardsStayBesideTheirLines() {
        Checked c = check("He committed suicide in May.\nWe did not talk about it.\nNobody at school knew.\n"
                + "The house was quiet for weeks.\nThen the letters came.\nPeople called him a cutter.\nNobody asked.\n"
                + "Not one teacher.\nNot one friend.\nHe committed suicide, they said.\n", InputFormat.TEXT);
        List<DraftView.Block> rows = c.view().blocks();
        assertEquals(3, rows.size(), c.shown().toString());
        assertEquals("He committed suicide in May.\nWe did not talk about it.\nNobody at school knew.\n"
                + "The house was quiet for weeks.\nThen the letters came.", c.shown().get(0));
        assertFalse(rows.get(0).continued());
        assertTrue(rows.get(1).continued() && rows.get(2).continued());
        for (DraftView.Block row : rows) {
            for (int i : row.findings()) {
                Finding x = c.findings().get(i);
                assertTrue(x.offset() >= row.start() && x.offset() < row.end(), x.rule() + " is beside its line");
            }
        }
    }

    /** A finding of a made-up rule at {@code text[offset, offset + length)}. */
    private static Finding at(String text, String rule, int offset, int length) {
        return new Finding(rule, "test", Severity.WARNING, "m", new TextRange(offset, offset + length), 1, 1, 1, 1,
                text.substring(offset, offset + length), List.of(), List.of(), "", List.of(), Optional.empty());
    }

    @Test
    void aFindingIsNeverCutAcrossRowsAndOverlapsAreMarkedPieceByPiece() {
        String text = "It was spring.\nWe were busy.\nNobody saw.\nThen he committed\nsuicide in May.\n"
                + "People called him a cutter.\n";
        int committed = text.indexOf("committed");
        int suicide = text.indexOf("suicide");
        int cutter = text.indexOf("cutter");
        List<Finding> findings = List.of(at(text, "test/note", 0, 0), at(text, "a", committed, 17),
                at(text, "b", suicide, 7), at(text, "c", cutter, 6));
        DraftView view = DraftView.of(text, InputFormat.TEXT, findings);
        assertEquals(List.of(0), view.whole(), "a finding of no length at the start is about the whole draft");
        assertEquals(2, view.blocks().size(), "no row starts inside a finding");
        List<DraftView.Piece> marks = view.blocks().stream().flatMap(b -> b.pieces().stream())
                .filter(p -> p.kind() == DraftView.Kind.MARK).toList();
        assertEquals(List.of("committed\n", "suicide", "cutter"), marks.stream().map(DraftView.Piece::text).toList());
        assertEquals(List.of(List.of(1), List.of(1, 2), List.of(3)),
                marks.stream().map(DraftView.Piece::findings).toList());
        assertEquals(List.of(1, 2), view.blocks().get(0).findings());
        assertEquals(List.of(3), view.blocks().get(1).findings());
    }

    @Test
    void aFindingOfNoLengthInsideAParagraphIsPinnedAtItsPlace() {
        String text = "Call us.\n\nWe are here.\n";
        List<Finding> findings = List.of(at(text, "pin", text.indexOf("here"), 0));
        DraftView view = DraftView.of(text, InputFormat.TEXT, findings);
        assertEquals(List.of(), view.whole());
        DraftView.Block second = view.blocks().get(1);
        assertEquals(List.of(DraftView.Kind.TEXT, DraftView.Kind.PIN, DraftView.Kind.TEXT),
                second.pieces().stream().map(DraftView.Piece::kind).toList());
        assertEquals(text.indexOf("here"), second.pieces().get(1).at());
    }

    @Test
    void anHtmlLineBreakIsKeptInsideARow() {
        Checked c = check("<p>Call us&nbsp;today.<br>Any time.</p>\n", InputFormat.HTML);
        assertEquals(List.of("Call us\u00A0today.\nAny time."), c.shown());
    }

    @Test
    void plainTextKeepsEveryCharacterAndHidesNothing() {
        Checked c = check("A <b>bold</b> claim: he committed suicide.\n", InputFormat.TEXT);
        assertEquals(List.of("A <b>bold</b> claim: he committed suicide."), c.shown());
    }
}
