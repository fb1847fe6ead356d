package dev.papageno.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Applies a workspace edit to a text, as an editor does. */
final class Edits {

    private Edits() {
    }

    static String apply(String text, WorkspaceEdit edit, String uri) {
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getChanges() != null && edit.getChanges().containsKey(uri)) {
            edits.addAll(edit.getChanges().get(uri));
        }
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().forEach(c -> {
                if (c.isLeft() && c.getLeft().getTextDocument().getUri().equals(uri)) {
                    edits.addAll(c.getLeft().getEdits());
                }
            });
        }
        edits.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
        String out = text;
        for (TextEdit e : edits) {
            out = out.substring(0, offset(out, e.getRange().getStart())) + e.getNewText()
                    + out.substring(offset(out, e.getRange().getEnd()));
        }
        return out;
    }

    /** The UTF-16 offset of a position in a text with LF line breaks. */
    static int offset(String text, Position p) {
        int at = 0;
        for (int line = 0; line < p.getLine(); line++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + p.getCharacter();
    }

    static Position position(String text, int offset) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new Position(line, offset - start);
    }
}
