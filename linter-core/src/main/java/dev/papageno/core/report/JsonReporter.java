package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Version;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of DESIGN.md: {@code tool}, {@code files} (every input, with {@code findings}
 * or an {@code error}) and {@code summary}. {@code tool} names the config file used, when there was
 * one ({@code "config"}). Findings also carry {@code rationale}, {@code cues} and,
 * when there is one, {@code fix}.
 */
public final class JsonReporter extends AbstractReporter {

    /** The report; fields in the order they are written. */
    record Report(Tool tool, List<File> files, Totals summary) {
    }

    /** {@code config} only when a config file was used. */
    record Tool(String name, String version, String config) {
    }

    /**
     * One input: {@code error} only when it could not be read; {@code omitted} only when it had more
     * findings than are kept, the number not listed (the summary counts them all).
     */
    record File(String path, String error, List<Item> findings, Integer omitted) {
    }

    record Item(String rule, String category, String severity, String message, int line, int column, int endLine,
            int endColumn, int offset, int length, String text, List<String> suggestions, List<String> sources,
            Edit fix, String rationale, List<String> cues) {
    }

    record Edit(int offset, int length, String replacement) {
    }

    record Totals(int files, int findings, int error, int warning, int info, long unreadable) {
    }

    public JsonReporter() {
        super("json", "one JSON object: tool, files with findings, summary", "json");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        List<File> files = result.files().stream()
                .map(f -> new File(f.path(), f.error().orElse(null), f.findings().stream().map(JsonReporter::item)
                        .toList(), f.omittedCount() > 0 ? f.omittedCount() : null))
                .toList();
        Map<Severity, Integer> counts = result.countsBySeverity();
        Totals totals = new Totals(result.files().size(), result.findingCount(), counts.get(Severity.ERROR),
                counts.get(Severity.WARNING), counts.get(Severity.INFO),
                result.files().stream().filter(FileResult::hasError).count());
        JsonOutput.write(new Report(new Tool("papageno", Version.get(), options.configFile()), files, totals), out);
    }

    private static Item item(Finding f) {
        Edit fix = f.fix().map(x -> new Edit(x.range().start(), x.range().length(), x.replacement())).orElse(null);
        return new Item(f.rule(), f.category(), f.severity().id(), f.message(), f.line(), f.column(), f.endLine(),
                f.endColumn(), f.offset(), f.length(), f.text(), f.suggestions(), f.sources(), fix, f.rationale(),
                f.cues());
    }
}
