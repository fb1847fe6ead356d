package dev.papageno.core.report;

import dev.papageno.core.FileResult;
import dev.papageno.core.Finding;
import dev.papageno.core.LintResult;
import dev.papageno.core.Severity;
import dev.papageno.core.Version;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON contract of DESIGN.md: {@code tool}, {@code files} (every input, with {@code findings}
 * or an {@code error}) and {@code summary}. {@code tool} names the config file used, when there was
 * one ({@code "config"}). Findings also carry {@code rationale}, {@code cues} and,
 * when there is one, {@code fix}.
 */
public final class JsonReporter implements Reporter {
    // A file with more findings than are kept has "omitted": the number not listed (the summary
    // counts them all).

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "one JSON object: tool, files with findings, summary";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.name("tool").beginObject().field("name", "papageno").field("version", Version.get());
        if (options.configFile() != null) {
            w.field("config", options.configFile());
        }
        w.endObject();
        w.name("files").beginArray();
        for (FileResult f : result.files()) {
            w.beginObject().field("path", f.path());
            if (f.error().isPresent()) {
                w.field("error", f.error().get());
            }
            w.name("findings").beginArray();
            for (Finding x : f.findings()) {
                finding(w, x);
            }
            w.endArray();
            if (f.omittedCount() > 0) {
                w.field("omitted", f.omittedCount());
            }
            w.endObject();
        }
        w.endArray();
        Map<Severity, Integer> counts = result.countsBySeverity();
        w.name("summary").beginObject()
                .field("files", result.files().size())
                .field("findings", result.findingCount())
                .field("error", counts.get(Severity.ERROR))
                .field("warning", counts.get(Severity.WARNING))
                .field("info", counts.get(Severity.INFO))
                .field("unreadable", result.files().stream().filter(FileResult::hasError).count())
                .endObject();
        w.endObject();
        out.write('\n');
        out.flush();
    }

    private static void finding(JsonWriter w, Finding f) throws IOException {
        w.beginObject()
                .field("rule", f.rule())
                .field("category", f.category())
                .field("severity", f.severity().id())
                .field("message", f.message())
                .field("line", f.line())
                .field("column", f.column())
                .field("endLine", f.endLine())
                .field("endColumn", f.endColumn())
                .field("offset", f.offset())
                .field("length", f.length())
                .field("text", f.text())
                .stringArray("suggestions", f.suggestions())
                .stringArray("sources", f.sources());
        if (f.fix().isPresent()) {
            w.name("fix").beginObject()
                    .field("offset", f.fix().get().range().start())
                    .field("length", f.fix().get().range().length())
                    .field("replacement", f.fix().get().replacement())
                    .endObject();
        }
        w.field("rationale", f.rationale());
        w.stringArray("cues", f.cues());
        w.endObject();
    }
}
