package dev.papageno.core.report;

import dev.papageno.core.FileResult;
import dev.papageno.core.Finding;
import dev.papageno.core.LintResult;
import dev.papageno.core.Severity;
import dev.papageno.core.Version;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.SourceRef;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards. One run; the
 * driver lists the rules that have results, each with a short and full description, help text
 * (what it flags, why, what to write instead, the guidelines) and a help URI (its first guideline);
 * one result per finding, with its region in UTF-16 columns ({@code columnKind}), the flagged text
 * and, when there is one, the fix. Inputs that could not be read are tool notifications, and make
 * the invocation unsuccessful.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0, for GitHub code scanning and other dashboards";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new TreeMap<>();
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                ruleIndex.putIfAbsent(x.rule(), 0);
            }
        }
        int i = 0;
        for (Map.Entry<String, Integer> e : ruleIndex.entrySet()) {
            e.setValue(i++);
        }
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.field("$schema", SCHEMA);
        w.field("version", "2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject()
                .field("name", "papageno")
                .field("version", Version.get())
                .field("semanticVersion", Version.get());
        w.name("rules").beginArray();
        for (String id : ruleIndex.keySet()) {
            rule(w, id, options, result);
        }
        w.endArray();
        w.endObject().endObject();
        invocation(w, result);
        w.field("columnKind", "utf16CodeUnits");
        w.name("results").beginArray();
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                result(w, f, x, ruleIndex.get(x.rule()));
            }
        }
        w.endArray();
        w.endObject().endArray();
        w.endObject();
        out.write('\n');
        out.flush();
    }

    private static void rule(JsonWriter w, String id, ReportOptions options, LintResult result) throws IOException {
        Optional<RuleSpec> spec = options.rules() == null ? Optional.empty()
                : options.rules().rule(id).map(Rule::spec);
        Finding sample = result.files().stream().flatMap(f -> f.findings().stream())
                .filter(x -> x.rule().equals(id)).findFirst().orElseThrow();
        String summary = spec.map(RuleSpec::summary).filter(s -> !s.isBlank()).orElse(id);
        String rationale = spec.map(RuleSpec::rationale).orElse(sample.rationale());
        List<SourceRef> sources = spec.map(RuleSpec::sources).orElse(List.of());
        List<String> urls = sources.isEmpty() ? sample.sources() : sources.stream().map(SourceRef::url).toList();
        List<String> instead = spec.map(s -> s.suggestions().stream().map(SarifReporter::plain).toList())
                .orElse(List.of());
        w.beginObject().field("id", id);
        w.name("shortDescription").beginObject().field("text", summary).endObject();
        w.name("fullDescription").beginObject().field("text", rationale.isBlank() ? summary : rationale).endObject();
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        text.append(summary).append("\n\n").append(rationale);
        md.append("**").append(markdown(summary)).append("**\n\n").append(markdown(rationale));
        if (!instead.isEmpty()) {
            String label = spec.map(s -> s.type().equals("document")).orElse(false) ? "Add: " : "Write instead: ";
            text.append("\n\n").append(label).append(String.join("; ", instead));
            md.append("\n\n").append(label).append(String.join("; ", instead.stream().map(s -> "*" + markdown(s)
                    + "*").toList()));
        }
        if (!urls.isEmpty()) {
            text.append("\n\nSources:");
            md.append("\n\nSources:\n");
            for (int i = 0; i < urls.size(); i++) {
                String title = i < sources.size() ? sources.get(i).title() : urls.get(i);
                text.append("\n- ").append(title).append(": ").append(urls.get(i));
                md.append("\n- [").append(markdown(title)).append("](").append(urls.get(i)).append(')');
            }
        }
        w.name("help").beginObject().field("text", text.toString()).field("markdown", md.toString()).endObject();
        if (!urls.isEmpty()) {
            w.field("helpUri", urls.get(0));
        }
        w.name("defaultConfiguration").beginObject()
                .field("level", level(spec.map(RuleSpec::severity).orElse(sample.severity()))).endObject();
        w.name("properties").beginObject()
                .stringArray("tags", List.of("papageno", sample.category()))
                .endObject();
        w.endObject();
    }

    private static void invocation(JsonWriter w, LintResult result) throws IOException {
        w.name("invocations").beginArray().beginObject();
        w.name("executionSuccessful").value(!result.hasInputErrors());
        List<FileResult> unreadable = new ArrayList<>(result.files().stream().filter(FileResult::hasError).toList());
        if (!unreadable.isEmpty()) {
            w.name("toolExecutionNotifications").beginArray();
            for (FileResult f : unreadable) {
                w.beginObject().field("level", "error");
                w.name("message").beginObject().field("text", f.path() + ": could not be read: " + f.error().get())
                        .endObject();
                w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
                artifact(w, f.path());
                w.endObject().endObject().endArray();
                w.endObject();
            }
            w.endArray();
        }
        w.endObject().endArray();
    }

    private static void result(JsonWriter w, FileResult f, Finding x, int index) throws IOException {
        w.beginObject()
                .field("ruleId", x.rule())
                .field("ruleIndex", index)
                .field("level", level(x.severity()));
        String message = x.message();
        if (!x.suggestions().isEmpty()) {
            message += " " + Suggestions.line(x);
        }
        w.name("message").beginObject().field("text", message).endObject();
        w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        artifact(w, f.path());
        w.name("region").beginObject()
                .field("startLine", x.line())
                .field("startColumn", x.column())
                .field("endLine", x.endLine())
                .field("endColumn", x.endColumn())
                .field("charOffset", x.offset())
                .field("charLength", x.length());
        if (x.length() > 0) {
            w.name("snippet").beginObject().field("text", x.text()).endObject();
        }
        w.endObject();
        w.endObject().endObject().endArray();
        if (x.fix().isPresent()) {
            w.name("fixes").beginArray().beginObject();
            w.name("description").beginObject().field("text", "Replace “" + x.text() + "” with “"
                    + x.fix().get().replacement() + "”").endObject();
            w.name("artifactChanges").beginArray().beginObject();
            artifact(w, f.path());
            w.name("replacements").beginArray().beginObject();
            w.name("deletedRegion").beginObject()
                    .field("charOffset", x.fix().get().range().start())
                    .field("charLength", x.fix().get().range().length())
                    .endObject();
            w.name("insertedContent").beginObject().field("text", x.fix().get().replacement()).endObject();
            w.endObject().endArray();
            w.endObject().endArray();
            w.endObject().endArray();
        }
        w.name("properties").beginObject()
                .field("category", x.category())
                .stringArray("suggestions", x.suggestions())
                .stringArray("sources", x.sources())
                .endObject();
        w.endObject();
    }

    private static void artifact(JsonWriter w, String path) throws IOException {
        w.name("artifactLocation").beginObject();
        String p = path.replace('\\', '/');
        boolean absolute = p.startsWith("/") || (p.length() > 2 && p.charAt(1) == ':');
        if (absolute) {
            w.field("uri", "file://" + (p.startsWith("/") ? "" : "/") + encode(p));
        } else {
            w.field("uri", encode(p.startsWith("./") ? p.substring(2) : p));
            w.field("uriBaseId", "%SRCROOT%");
        }
        w.endObject();
    }

    /** Percent-encodes a path for a URI, keeping {@code /} and the unreserved characters. */
    static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || (c == ':' && sb.length() == 1);
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A suggestion template without the braces that mark inflected verbs. */
    static String plain(String template) {
        return dev.papageno.core.rule.SuggestionText.plain(template);
    }

    private static String markdown(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                .replace("]", "\\]");
    }
}
