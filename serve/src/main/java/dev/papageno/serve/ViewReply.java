package dev.papageno.serve;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.report.DraftView;
import dev.papageno.core.report.Verdict;
import dev.papageno.core.source.InputFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of {@code POST /api/view}: the JSON report, the verdict line and the draft as a reader
 * sees it ({@link DraftView}, the same view the HTML report shows), for the page to put in as text.
 *
 * <pre>{"report": {...}, "verdict": {"text", "level"}, "view": {"whole": [i], "blocks": [{"heading",
 *  "continued", "findings": [i], "pieces": [{"kind": "text|mark|pin|break", "at", "length", "text", "findings"}]}]}}</pre>
 *
 * <p>Findings are named by their index in the report's {@code findings}; {@code view} is null for a
 * draft that could not be read.
 */
final class ViewReply {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ViewReply() {
    }

    static String of(String report, LintResult result, InputFormat format) {
        Map<Severity, Integer> counts = result.countsBySeverity();
        Verdict verdict = Verdict.of(counts.get(Severity.ERROR), counts.get(Severity.WARNING),
                counts.get(Severity.INFO));
        FileResult file = result.only();
        Object view = null;
        if (file.source().isPresent() && !file.hasError()) {
            view = view(DraftView.of(file.source().get().text(), format, file.findings()));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("text", verdict.text());
        v.put("level", verdict.level());
        return "{\"report\": " + report.strip() + ",\n\"verdict\": " + JSON.writeValueAsString(v) + ",\n\"view\": "
                + JSON.writeValueAsString(view) + "}\n";
    }

    private static Map<String, Object> view(DraftView view) {
        List<Object> blocks = new ArrayList<>();
        for (DraftView.Block b : view.blocks()) {
            List<Object> pieces = new ArrayList<>();
            for (DraftView.Piece p : b.pieces()) {
                Map<String, Object> piece = new LinkedHashMap<>();
                piece.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
                piece.put("at", p.at());
                piece.put("length", p.length());
                piece.put("text", p.text());
                piece.put("findings", p.findings());
                pieces.add(piece);
            }
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("heading", b.heading());
            block.put("continued", b.continued());
            block.put("findings", b.findings());
            block.put("pieces", pieces);
            blocks.add(block);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("whole", view.whole());
        out.put("blocks", blocks);
        return out;
    }
}
