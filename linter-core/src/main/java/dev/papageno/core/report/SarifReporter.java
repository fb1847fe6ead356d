package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Version;
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
public final class SarifReporter extends AbstractReporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    public SarifReporter() {
        super("sarif", "SARIF 2.1.0, for GitHub code scanning and other dashboards", "sarif");
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
        List<Sarif.ReportingDescriptor> rules = new ArrayList<>();
        for (String id : ruleIndex.keySet()) {
            rules.add(rule(id, options, result));
        }
        List<Sarif.Result> results = new ArrayList<>();
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                results.add(result(f, x, ruleIndex.get(x.rule())));
            }
        }
        Sarif.Driver driver = new Sarif.Driver("papageno", Version.get(), Version.get(), rules);
        Sarif.Run run = new Sarif.Run(new Sarif.Tool(driver), List.of(invocation(result)), "utf16CodeUnits", results);
        JsonOutput.write(new Sarif.Log(SCHEMA, "2.1.0", List.of(run)), out);
    }

    private static Sarif.ReportingDescriptor rule(String id, ReportOptions options, LintResult result) {
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
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        text.append(summary).append("\n\n").append(rationale);
        md.append("**").append(markdown(summary)).append("**\n\n").append(markdown(rationale));
        if (!instead.isEmpty()) {
            String label = spec.map(s -> s.kind().isDocumentLevel()).orElse(false) ? "Add: " : "Write instead: ";
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
        return new Sarif.ReportingDescriptor(id, new Sarif.Text(summary),
                new Sarif.Text(rationale.isBlank() ? summary : rationale),
                new Sarif.Help(text.toString(), md.toString()), urls.isEmpty() ? null : urls.get(0),
                new Sarif.Configuration(level(spec.map(RuleSpec::severity).orElse(sample.severity()))),
                new Sarif.RuleProperties(List.of("papageno", sample.category())));
    }

    private static Sarif.Invocation invocation(LintResult result) {
        List<Sarif.Notification> notifications = result.files().stream().filter(FileResult::hasError)
                .map(f -> new Sarif.Notification("error", new Sarif.Text(f.path() + ": could not be read: "
                        + f.error().get()), List.of(new Sarif.Location(new Sarif.PhysicalLocation(
                                artifact(f.path()), null)))))
                .toList();
        return new Sarif.Invocation(!result.hasInputErrors(), notifications.isEmpty() ? null : notifications);
    }

    private static Sarif.Result result(FileResult f, Finding x, int index) {
        String message = x.message();
        if (!x.suggestions().isEmpty()) {
            message += " " + Suggestions.line(x);
        }
        Sarif.Region region = new Sarif.Region(x.line(), x.column(), x.endLine(), x.endColumn(), x.offset(),
                x.length(), x.length() > 0 ? new Sarif.Text(x.text()) : null);
        Sarif.Location location = new Sarif.Location(new Sarif.PhysicalLocation(artifact(f.path()), region));
        List<Sarif.Fix> fixes = x.fix().map(fix -> List.of(new Sarif.Fix(
                new Sarif.Text("Replace “" + x.text() + "” with “" + fix.replacement() + "”"),
                List.of(new Sarif.ArtifactChange(artifact(f.path()), List.of(new Sarif.Replacement(
                        new Sarif.DeletedRegion(fix.range().start(), fix.range().length()),
                        new Sarif.Text(fix.replacement())))))))).orElse(null);
        return new Sarif.Result(x.rule(), index, level(x.severity()), new Sarif.Text(message), List.of(location),
                fixes, new Sarif.ResultProperties(x.category(), x.suggestions(), x.sources()));
    }

    private static Sarif.ArtifactLocation artifact(String path) {
        String p = path.replace('\\', '/');
        boolean absolute = p.startsWith("/") || (p.length() > 2 && p.charAt(1) == ':');
        if (absolute) {
            return new Sarif.ArtifactLocation("file://" + (p.startsWith("/") ? "" : "/") + encode(p), null);
        }
        return new Sarif.ArtifactLocation(encode(p.startsWith("./") ? p.substring(2) : p), "%SRCROOT%");
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
