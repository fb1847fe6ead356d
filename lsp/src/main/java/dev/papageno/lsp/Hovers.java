package dev.papageno.lsp;

import dev.papageno.core.Linter;
import dev.papageno.core.api.Finding;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The explanation of findings shown on hover: the message, why the rule exists, what to write
 * instead (or add), what the finding rests on, and the guidelines with their links. In Markdown,
 * or in plain text for a client that cannot show Markdown.
 */
final class Hovers {

    private Hovers() {
    }

    static String of(List<Finding> findings, Linter linter, boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            if (out.length() > 0) {
                out.append(markdown ? "\n\n---\n\n" : "\n\n");
            }
            explain(out, f, linter, markdown);
        }
        return out.toString();
    }

    private static void explain(StringBuilder out, Finding f, Linter linter, boolean md) {
        UnaryOperator<String> text = md ? Hovers::escape : s -> s.replace('\n', ' ').replace('\r', ' ');
        String bold = md ? "**" : "";
        out.append(bold).append(text.apply(f.rule())).append(bold).append(" · ").append(f.severity().id())
                .append("\n\n").append(text.apply(f.message()));
        if (!f.rationale().isBlank()) {
            out.append("\n\n").append(bold).append("Why:").append(bold).append(' ')
                    .append(text.apply(f.rationale().strip()));
        }
        if (!f.suggestions().isEmpty()) {
            out.append("\n\n").append(bold).append(f.isAddition() ? "What to add:" : "Write instead:").append(bold)
                    .append(' ').append(f.suggestions().stream().map(s -> "“" + text.apply(s) + "”")
                            .collect(Collectors.joining(" · ")));
        }
        if (!f.cues().isEmpty()) {
            out.append("\n\n").append(bold).append("Found:").append(bold).append(' ')
                    .append(f.cues().stream().map(text).collect(Collectors.joining("; ")));
        }
        if (!f.sources().isEmpty()) {
            Map<String, String> titles = titles(linter, f.rule());
            out.append("\n\n").append(bold).append("Sources:").append(bold).append('\n');
            for (String url : f.sources()) {
                String title = titles.getOrDefault(url, url);
                if (md) {
                    out.append("\n- [").append(escape(title)).append("](<").append(url.replace("<", "%3C")
                            .replace(">", "%3E").replace(" ", "%20")).append(">)");
                } else {
                    out.append("\n- ").append(text.apply(title)).append(": ").append(url);
                }
            }
        }
    }

    /** The titles of a rule's guideline sources, by URL. */
    private static Map<String, String> titles(Linter linter, String ruleId) {
        Optional<Rule> rule = linter.rules().rule(ruleId);
        if (rule.isEmpty()) {
            return Map.of();
        }
        return rule.get().spec().sources().stream()
                .collect(Collectors.toMap(SourceRef::url, SourceRef::title, (a, b) -> a));
    }

    /**
     * Text made inert in Markdown, on one line: the characters that could start emphasis, code, a
     * link, HTML, an entity or a table cell are escaped with a backslash, and so is a first
     * character that could start a heading, list or quote; line breaks become spaces.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0 || (i == 0 && "#-+=>".indexOf(c) >= 0)) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }
}
