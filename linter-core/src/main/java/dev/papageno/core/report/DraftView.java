package dev.papageno.core.report;

import dev.papageno.core.api.Finding;
import dev.papageno.core.source.InputFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A checked draft as a reader sees it, the one rendering of the HTML report and the review page:
 * blocks (headings and paragraphs) of pieces, each piece either shown text of the draft, exactly
 * {@code text[at, at + length)}, with the findings that cover it, or a pin for a finding of no length,
 * or a line break that hidden markup stands for. Markup is left out and nothing is added: what is shown
 * is the draft's own characters, but for an HTML character reference, shown as the character it stands for. A long paragraph with findings on several lines (a draft without blank lines) is cut into
 * rows at line starts where a sentence ends (never inside a finding), so that the explanations beside
 * a row are never far from their words; a short paragraph stays whole.
 *
 * <p>Findings are named by their index in the list given. Each is placed in the row where its first
 * piece is ({@link Block#findings()}); the others, such as a missing content note, are about the draft
 * as a whole ({@link #whole()}).
 */
public final class DraftView {

    /** What a piece is. */
    public enum Kind {
        /** Shown text that no finding covers. */
        TEXT,
        /** Shown text that findings cover. */
        MARK,
        /** The place of a finding of no length. */
        PIN,
        /** A line break that hidden markup stands for. */
        BREAK
    }

    /**
     * One piece of a block.
     *
     * @param kind     what it is
     * @param at       where it starts in the checked text
     * @param length   how many characters of the checked text it stands for
     * @param text     what a reader sees: the draft's characters {@code text[at, at + length)}, or for an HTML
     *                 character reference ({@code &amp;amp;}) the character it stands for; empty for pins and breaks
     * @param findings the findings covering it (a mark) or placed here (a pin), by index, in order
     */
    public record Piece(Kind kind, int at, int length, String text, List<Integer> findings) {
        public Piece {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A heading or a paragraph, or a further row of a long paragraph.
     *
     * @param heading   whether the draft marks it as a heading
     * @param continued whether it goes on the paragraph of the row before
     * @param start     where it starts in the checked text
     * @param end       where it ends
     * @param pieces    what is shown, in order
     * @param findings  the findings whose first piece is in this block, by index, in order
     */
    public record Block(boolean heading, boolean continued, int start, int end, List<Piece> pieces,
            List<Integer> findings) {
        public Block {
            pieces = List.copyOf(pieces);
            findings = List.copyOf(findings);
        }
    }

    private final List<Block> blocks;
    private final List<Integer> whole;

    private DraftView(List<Block> blocks, List<Integer> whole) {
        this.blocks = List.copyOf(blocks);
        this.whole = List.copyOf(whole);
    }

    /** The blocks in order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The findings about the draft as a whole, shown by no piece, in order. */
    public List<Integer> whole() {
        return whole;
    }

    /** The view of a checked text in its format with its findings (in report order: by offset). */
    public static DraftView of(String text, InputFormat format, List<Finding> findings) {
        DraftLayout layout = DraftLayout.of(text, format);
        return new Builder(text, layout, findings).build();
    }

    /** Builds the view in one pass over the rows and one over the findings. */
    private static final class Builder {
        /** The fewest lines of a row before a long paragraph is cut (short paragraphs stay whole). */
        private static final int MIN_ROW_LINES = 4;

        /** Characters that end a sentence, with closing quotes and brackets after one. */
        private static final String SENTENCE_ENDS = ".!?…:;\"”’)]";

        private final String text;
        private final DraftLayout layout;
        private final List<Finding> findings;
        private final boolean[] shown;
        private final List<Integer> open = new ArrayList<>();
        private final List<Block> out = new ArrayList<>();
        private int next;
        /** For cutting rows: the furthest end of the findings that start before the place looked at. */
        private int reach;
        private int reachSeen;
        /** For cutting rows: the first finding that starts at or after the line looked at. */
        private int lineSeen;

        Builder(String text, DraftLayout layout, List<Finding> findings) {
            this.text = text;
            this.layout = layout;
            this.findings = findings;
            this.shown = new boolean[findings.size()];
        }

        DraftView build() {
            for (DraftLayout.Span span : layout.blocks()) {
                List<int[]> rows = span.heading() ? List.of(new int[] {span.start(), span.end()}) : rows(span);
                for (int r = 0; r < rows.size(); r++) {
                    out.add(block(span.heading(), r > 0, rows.get(r)[0], rows.get(r)[1]));
                }
            }
            List<Integer> whole = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                if (!shown[i]) {
                    whole.add(i);
                }
            }
            return new DraftView(out, whole);
        }

        /**
         * A long paragraph cut at line starts into rows, so that each row holds the lines of the
         * findings explained beside it: a row of at least {@link #MIN_ROW_LINES} lines ends before a
         * line where a finding starts if the row already has a finding of its own, only where a
         * sentence ends (a paragraph is never cut mid-sentence) and never inside a finding.
         */
        private List<int[]> rows(DraftLayout.Span span) {
            List<int[]> rows = new ArrayList<>();
            int rowStart = span.start();
            int lineStart = span.start();
            int rowLines = 0;
            boolean rowHasFinding = false;
            while (lineStart < span.end()) {
                int lineEnd = layout.nextLine(lineStart, span.end());
                boolean lineHasFinding = startsIn(lineStart, lineEnd);
                if (lineHasFinding && rowHasFinding && lineStart > rowStart && rowLines >= MIN_ROW_LINES
                        && endsSentence(lineStart) && !insideFinding(lineStart)) {
                    DraftLayout.Span row = layout.trimmed(rowStart, lineStart, false);
                    DraftLayout.Span rest = layout.trimmed(lineStart, span.end(), false);
                    if (row != null && rest != null) {
                        rows.add(new int[] {row.start(), row.end()});
                        rowStart = rest.start();
                        rowHasFinding = false;
                        rowLines = 0;
                    }
                }
                rowLines++;
                rowHasFinding |= lineHasFinding;
                lineStart = Math.max(lineEnd, rowStart);
            }
            rows.add(new int[] {rowStart, span.end()});
            return rows;
        }

        /** Whether the text before {@code lineStart}, spaces aside, ends a sentence. */
        private boolean endsSentence(int lineStart) {
            int i = lineStart - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
        }

        /** Whether a finding shown in the text (not one about the whole draft) starts in {@code [from, to)}. */
        private boolean startsIn(int from, int to) {
            while (lineSeen < findings.size() && findings.get(lineSeen).offset() < from) {
                lineSeen++;
            }
            for (int k = lineSeen; k < findings.size() && findings.get(k).offset() < to; k++) {
                if (findings.get(k).offset() > 0 || findings.get(k).length() > 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideFinding(int pos) {
            while (reachSeen < findings.size() && findings.get(reachSeen).offset() < pos) {
                Finding x = findings.get(reachSeen++);
                reach = Math.max(reach, x.offset() + x.length());
            }
            return reach > pos;
        }

        private Block block(boolean heading, boolean continued, int start, int end) {
            List<Integer> pins = new ArrayList<>();
            List<Integer> cuts = new ArrayList<>();
            cuts.add(start);
            cuts.add(end);
            while (next < findings.size() && findings.get(next).offset() < end
                    || next < findings.size() && findings.get(next).length() == 0 && findings.get(next).offset() == end) {
                Finding x = findings.get(next);
                if (x.length() > 0) {
                    open.add(next);
                } else if (x.offset() >= start && x.offset() > 0) {
                    pins.add(next);
                    cuts.add(x.offset());
                }
                next++;
            }
            for (int i : open) {
                Finding x = findings.get(i);
                cuts.add(Math.max(start, Math.min(end, x.offset())));
                cuts.add(Math.max(start, Math.min(end, x.offset() + x.length())));
            }
            layout.hiddenBoundsIn(start, end, cuts);
            layout.entityBoundsIn(start, end, cuts);
            Collections.sort(cuts);
            List<Piece> pieces = new ArrayList<>();
            List<Integer> placed = new ArrayList<>();
            int pin = 0;
            int previous = -1;
            for (int c = 0; c < cuts.size(); c++) {
                int a = cuts.get(c);
                if (a == previous) {
                    continue;
                }
                previous = a;
                while (pin < pins.size() && findings.get(pins.get(pin)).offset() <= a) {
                    int i = pins.get(pin++);
                    pieces.add(new Piece(Kind.PIN, findings.get(i).offset(), 0, "", List.of(i)));
                    place(i, placed);
                }
                if (a >= end) {
                    break;
                }
                int b = a;
                for (int d = c + 1; d < cuts.size(); d++) {
                    if (cuts.get(d) > a) {
                        b = cuts.get(d);
                        break;
                    }
                }
                if (layout.isHidden(a, b)) {
                    if (layout.breaksIn(a, b) && !pieces.isEmpty()) {
                        pieces.add(new Piece(Kind.BREAK, a, b - a, "", List.of()));
                    }
                    continue;
                }
                List<Integer> covering = new ArrayList<>();
                for (int i : open) {
                    Finding x = findings.get(i);
                    if (x.offset() <= a && b <= x.offset() + x.length()) {
                        covering.add(i);
                        place(i, placed);
                    }
                }
                String entity = layout.entity(a, b);
                pieces.add(new Piece(covering.isEmpty() ? Kind.TEXT : Kind.MARK, a, b - a,
                        entity != null ? entity : text.substring(a, b), covering));
            }
            open.removeIf(i -> findings.get(i).offset() + findings.get(i).length() <= end);
            Collections.sort(placed);
            return new Block(heading, continued, start, end, pieces, placed);
        }

        private void place(int i, List<Integer> placed) {
            if (!shown[i]) {
                shown[i] = true;
                placed.add(i);
            }
        }
    }
}
