package dev.papageno.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paragraphs of a Word document in reading order, one string each: body paragraphs (headings
 * and list items among them), every cell paragraph of a table row by row, then the footnotes and
 * endnotes. Line breaks and tabs inside a paragraph become spaces, so paragraph {@code n} is line
 * {@code n} of the joined text.
 */
public final class DocxText {

    private DocxText() {
    }

    /** The document's paragraphs, in reading order. */
    public static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            add(e, out);
        }
        for (XWPFAbstractFootnoteEndnote note : doc.getFootnotes()) {
            note.getParagraphs().forEach(p -> out.add(text(p)));
        }
        for (XWPFAbstractFootnoteEndnote note : doc.getEndnotes()) {
            note.getParagraphs().forEach(p -> out.add(text(p)));
        }
        return out;
    }

    private static void add(IBodyElement e, List<String> out) {
        if (e instanceof XWPFParagraph p) {
            out.add(text(p));
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> add(inner, out));
                }
            }
        }
    }

    /** A paragraph's text on one line. */
    private static String text(XWPFParagraph p) {
        return p.getText().replaceAll("[\\r\\n\\t\\u000b\\u000c\\u2028\\u2029]+", " ").strip();
    }

    /** The paragraphs joined by line breaks: the text a finding's offset counts in. */
    public static String joined(XWPFDocument doc) {
        return String.join("\n", paragraphs(doc)) + "\n";
    }
}
