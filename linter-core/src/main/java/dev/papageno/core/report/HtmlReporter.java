package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Summary;
import dev.papageno.core.api.Version;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.source.InputFormat;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page for editors who would rather look than read a list: each draft as a
 * reader sees it ({@link DraftView}: headings and paragraphs, markup hidden, plain text with its line
 * breaks), every finding highlighted in place, and beside each paragraph the explanations of its
 * findings (where, why it matters, what to write instead, the guidelines; said once per rule and
 * draft). No scripts, fonts or files from elsewhere; it prints and it follows the reader's light or
 * dark setting.
 *
 * <p>Every shown piece of a draft is an element whose {@code data-at} is where its text starts in the
 * checked text, and it holds only the draft's own characters (an HTML character reference is shown as
 * its character, its piece's {@code data-length} the reference's length). A highlighted piece is a {@code mark}
 * whose {@code data-findings} lists the findings covering it ({@code fileNumber-findingNumber}, from
 * 1); the shown characters of a finding's span are exactly its marks. A finding of no length inside a
 * paragraph is an empty {@code mark} at its place; one about the draft as a whole is a "whole draft"
 * marker above the text.
 */
public final class HtmlReporter extends AbstractReporter {

    private static final String CSS = """
            :root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fbfbf8; --muted: #5f6368; --line: #d9d6cf;
              --card: #ffffff; --error: #b3261e; --error-bg: #fbe0dd; --warning: #7a5500; --warning-bg: #ffefbf;
              --info: #0a5e8c; --info-bg: #dcefff; --ok: #1e6b3a; --ok-bg: #e3f1e6; }
            @media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #1b1c1e; --muted: #a3a7ad;
              --line: #3a3c40; --card: #242528; --error: #ffb4ab; --error-bg: #5c1d18; --warning: #f5cd6b;
              --warning-bg: #4d3b00; --info: #9ccfff; --info-bg: #0f3a57; --ok: #8fd6a6; --ok-bg: #17331f; } }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--fg);
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            header.top, main, footer { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem; }
            h1 { font-size: 1.5rem; margin: .5rem 0; }
            h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; padding-bottom: .4rem; border-bottom: 1px solid var(--line);
              overflow-wrap: anywhere; }
            h2 .counts { font-weight: normal; color: var(--muted); font-size: .95rem; margin-left: .5rem; }
            .verdict { font-weight: 600; font-size: 1.05rem; margin: .5rem 0; padding: .5rem .75rem; border-radius: 6px;
              background: var(--ok-bg); color: var(--ok); }
            .verdict.fails { background: var(--error-bg); color: var(--error); }
            .verdict.warns { background: var(--warning-bg); color: var(--warning); }
            .verdict.notes { background: var(--info-bg); color: var(--info); }
            .summary { color: var(--muted); margin: .25rem 0; }
            .legend { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; padding: 0; list-style: none;
              color: var(--muted); font-size: .9rem; }
            nav ol { padding-left: 1.25rem; }
            nav a, .note a { color: inherit; }
            .row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem); gap: 0 1.5rem;
              align-items: start; }
            .row > .read { margin: 0; padding: .6rem 1rem 0; background: var(--card); border-left: 3px solid var(--line);
              overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
            .row > .read { align-self: stretch; }
            .row > .read.lines { white-space: pre-wrap; }
            .row > h3.read { font: 600 1.2rem/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
              padding-top: 1rem; }
            .row:last-child > .read { padding-bottom: .6rem; }
            .row > .read.whole { font: .9rem system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--muted); }
            .row > .notes { padding: .5rem 0; }
            mark { color: inherit; border-radius: 2px; padding: 0 1px; }
            mark a { color: inherit; text-decoration: none; }
            mark.error { background: var(--error-bg); box-shadow: inset 0 -2px var(--error); }
            mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px var(--warning); }
            mark.info { background: var(--info-bg); box-shadow: inset 0 -2px var(--info); }
            mark.overlap { outline: 1px dashed var(--muted); }
            mark.pin { background: none; box-shadow: none; padding: 0; }
            mark.pin a::before { content: "\\25B8"; font-weight: bold; }
            mark.pin.error a::before { color: var(--error); }
            mark.pin.warning a::before { color: var(--warning); }
            mark.pin.info a::before { color: var(--info); }
            a.marker { display: inline-block; font: 600 .78rem system-ui, sans-serif; padding: 0 .45rem; margin: 0 .3rem .3rem 0;
              border-radius: 9px; text-decoration: none; background: var(--info-bg); color: var(--info); }
            a.marker.error { background: var(--error-bg); color: var(--error); }
            a.marker.warning { background: var(--warning-bg); color: var(--warning); }
            .notes { display: flex; flex-direction: column; gap: .75rem; }
            .note { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--muted);
              border-radius: 6px; padding: .6rem .8rem; font-size: .92rem; }
            .note.error { border-left-color: var(--error); }
            .note.warning { border-left-color: var(--warning); }
            .note.info { border-left-color: var(--info); }
            .note:target, .anchor:target + mark { outline: 2px solid var(--fg); }
            .note .where { font-size: .8rem; color: var(--muted); margin: 0; }
            .note .message { margin: .2rem 0 0; }
            .note dl { margin: .2rem 0 0; }
            .note dt { font-size: .8rem; font-weight: 600; color: var(--muted); margin-top: .35rem; }
            .note dd { margin: 0; }
            .note .same { color: var(--muted); font-size: .85rem; margin: .35rem 0 0; }
            .note details { margin-top: .35rem; color: var(--muted); font-size: .88rem; }
            .note details summary { cursor: pointer; font-weight: 600; font-size: .8rem; }
            .note details p { margin: .2rem 0; color: var(--fg); }
            .note details .sources-title { font-weight: 600; font-size: .8rem; color: var(--muted); margin-top: .4rem; }
            .note details ul { margin: .2rem 0; padding-left: 1.1rem; }
            .sev { font-weight: 600; }
            .sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
            .instead ins { text-decoration: none; font-weight: 600; color: var(--ok); }
            .sources { overflow-wrap: anywhere; }
            .unreadable { color: var(--error); }
            .clean { color: var(--ok); }
            footer { color: var(--muted); font-size: .85rem; }
            @media (max-width: 52rem) { .row { grid-template-columns: minmax(0, 1fr); }
              .row > .notes { padding: .5rem 0 .75rem 1rem; } }
            @media print { body { background: #fff; color: #000; } .row { break-inside: avoid; } }
            """;

    /** How much is written at a time: the page is streamed, never held whole. */
    private static final int FLUSH_AT = 1 << 16;

    public HtmlReporter() {
        super("html",
                "one self-contained page: each draft as read, its findings highlighted and explained beside them",
                "html");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"papageno ").append(Xml.escape(Version.get()))
                .append("\">\n<title>Papageno report: ").append(Xml.escape(Summary.plural(result.findingCount(),
                        "finding"))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        Map<Severity, Integer> counts = result.countsBySeverity();
        Verdict verdict = Verdict.of(counts.get(Severity.ERROR), counts.get(Severity.WARNING),
                counts.get(Severity.INFO));
        sb.append("<header class=\"top\">\n<h1>Papageno report</h1>\n<p class=\"verdict ").append(verdict.level())
                .append("\">").append(Xml.escape(verdict.text())).append("</p>\n<p class=\"summary\">")
                .append(Xml.escape(summary(result))).append("</p>\n");
        sb.append("<ul class=\"legend\">")
                .append("<li><span class=\"sev error\">error</span>: fix before publishing</li>")
                .append("<li><span class=\"sev warning\">warning</span>: fix unless the context justifies it</li>")
                .append("<li><span class=\"sev info\">info</span>: a note, worth a look</li></ul>\n");
        if (result.files().size() > 1) {
            sb.append("<nav><ol class=\"files\">\n");
            int n = 0;
            for (FileResult f : result.files()) {
                n++;
                sb.append("<li><a href=\"#file-").append(n).append("\">").append(Xml.escape(f.path()))
                        .append("</a> <span class=\"counts\">").append(Xml.escape(counts(f))).append("</span></li>\n");
            }
            sb.append("</ol></nav>\n");
        }
        sb.append("</header>\n<main>\n");
        int n = 0;
        for (FileResult f : result.files()) {
            n++;
            file(sb, f, n, options, out);
        }
        sb.append("</main>\n<footer>Made by papageno ").append(Xml.escape(Version.get()))
                .append(". Each finding comes from published safe-messaging guidance; the writer decides.")
                .append("</footer>\n</body>\n</html>\n");
        out.write(sb.toString());
        out.flush();
    }

    /** For example "7 findings in 1 of 2 drafts." */
    private static String summary(LintResult result) {
        long checked = result.files().stream().filter(f -> !f.hasError()).count();
        long withFindings = result.files().stream().filter(f -> f.findingCount() > 0).count();
        long unreadable = result.files().stream().filter(FileResult::hasError).count();
        StringBuilder sb = new StringBuilder();
        if (result.findingCount() == 0) {
            sb.append("No findings in ").append(Summary.plural(checked, "draft")).append('.');
        } else {
            sb.append(Summary.plural(result.findingCount(), "finding")).append(" in ").append(withFindings)
                    .append(" of ").append(Summary.plural(checked, "draft")).append('.');
        }
        if (unreadable > 0) {
            sb.append(' ').append(Summary.plural(unreadable, "file")).append(unreadable == 1 ? " was" : " were")
                    .append(" not read.");
        }
        return sb.toString();
    }

    private static String counts(FileResult f) {
        if (f.hasError()) {
            return "could not be read";
        }
        if (f.findings().isEmpty()) {
            return "no findings";
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            long c = f.findings().stream().filter(x -> x.severity() == s).count() + f.omitted().getOrDefault(s, 0);
            if (c > 0) {
                parts.add(Summary.plural(c, s == Severity.INFO ? "note" : s.id()));
            }
        }
        return String.join(", ", parts);
    }

    private static void file(StringBuilder sb, FileResult f, int n, ReportOptions options, Writer out)
            throws IOException {
        sb.append("<section class=\"file\" id=\"file-").append(n).append("\" data-path=\"").append(Xml.escape(f.path()))
                .append("\">\n<h2>").append(Xml.escape(f.path())).append(" <span class=\"counts\">")
                .append(Xml.escape(counts(f))).append("</span></h2>\n");
        if (f.omittedCount() > 0) {
            sb.append("<p class=\"omitted\">Only the first ").append(f.findings().size())
                    .append(" findings of this draft are shown; ").append(f.omittedCount())
                    .append(" more are counted above.</p>\n");
        }
        if (f.error().isPresent()) {
            sb.append("<p class=\"unreadable\">Could not be read: ").append(Xml.escape(f.error().get()))
                    .append("</p>\n</section>\n");
            return;
        }
        if (f.findings().isEmpty() || f.source().isEmpty()) {
            sb.append("<p class=\"clean\">Nothing to fix.</p>\n</section>\n");
            return;
        }
        InputFormat format = options.formats().apply(f.path());
        List<Finding> findings = f.findings();
        DraftView view = DraftView.of(f.source().get().text(), format, findings);
        Cards cards = new Cards(findings, n, options);
        if (!view.whole().isEmpty()) {
            sb.append("<div class=\"row\">\n<p class=\"read whole\">About the whole draft: ");
            for (int i : view.whole()) {
                Finding x = findings.get(i);
                String id = n + "-" + (i + 1);
                sb.append("<a class=\"marker ").append(x.severity().id()).append("\" id=\"at-").append(id)
                        .append("\" href=\"#note-").append(id).append("\" data-findings=\"").append(id).append("\">")
                        .append(Xml.escape(x.rule())).append("</a>");
            }
            sb.append("</p>\n");
            cards.write(sb, view.whole());
            sb.append("</div>\n");
        }
        // Plain text keeps its line breaks; in Markdown and HTML a line break in a paragraph reads as a space.
        String shape = format == InputFormat.TEXT ? "read lines" : "read";
        for (DraftView.Block block : view.blocks()) {
            String tag = block.heading() ? "h3" : "p";
            sb.append("<div class=\"row\">\n<").append(tag).append(" class=\"").append(shape)
                    .append(block.continued() ? " continued" : "").append("\">");
            for (DraftView.Piece piece : block.pieces()) {
                piece(sb, piece, findings, n);
            }
            sb.append("</").append(tag).append(">\n");
            cards.write(sb, block.findings());
            sb.append("</div>\n");
            if (sb.length() > FLUSH_AT) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        sb.append("</section>\n");
    }

    private static void piece(StringBuilder sb, DraftView.Piece piece, List<Finding> findings, int file) {
        switch (piece.kind()) {
            case TEXT -> sb.append("<span data-at=\"").append(piece.at()).append('"').append(length(piece)).append('>')
                    .append(Xml.pre(piece.text())).append("</span>");
            case BREAK -> sb.append("<br>");
            case PIN -> {
                int i = piece.findings().get(0);
                Finding x = findings.get(i);
                String id = file + "-" + (i + 1);
                sb.append("<span class=\"anchor\" id=\"at-").append(id).append("\"></span><mark class=\"pin ")
                        .append(x.severity().id()).append("\" data-at=\"").append(piece.at())
                        .append("\" data-findings=\"").append(id).append("\"><a href=\"#note-").append(id)
                        .append("\" title=\"").append(Xml.escape(x.message())).append("\" aria-label=\"")
                        .append(Xml.escape(x.rule())).append("\"></a></mark>");
            }
            case MARK -> {
                Severity top = null;
                StringBuilder ids = new StringBuilder();
                for (int i : piece.findings()) {
                    Finding x = findings.get(i);
                    top = top == null || x.severity().compareTo(top) > 0 ? x.severity() : top;
                    ids.append(ids.length() == 0 ? "" : " ").append(file).append('-').append(i + 1);
                    if (x.offset() == piece.at()) {
                        sb.append("<span class=\"anchor\" id=\"at-").append(file).append('-').append(i + 1)
                                .append("\"></span>");
                    }
                }
                int first = piece.findings().get(0);
                sb.append("<mark class=\"").append(top.id()).append(piece.findings().size() > 1 ? " overlap" : "")
                        .append("\" data-at=\"").append(piece.at()).append('"').append(length(piece))
                        .append(" data-findings=\"").append(ids).append("\"><a href=\"#note-").append(file).append('-').append(first + 1).append("\" title=\"")
                        .append(Xml.escape(findings.get(first).message())).append("\">")
                        .append(Xml.pre(piece.text())).append("</a></mark>");
            }
            default -> throw new IllegalStateException(piece.kind().toString());
        }
    }

    /** For a character reference, how many characters of the draft it stands for. */
    private static String length(DraftView.Piece piece) {
        return piece.length() == piece.text().length() ? "" : " data-length=\"" + piece.length() + "\"";
    }

    /** The explanations of one draft's findings: each rule's reasons and sources in its first card only. */
    private static final class Cards {
        private final List<Finding> findings;
        private final int file;
        private final ReportOptions options;
        private final Map<String, Integer> firstOfRule = new HashMap<>();

        Cards(List<Finding> findings, int file, ReportOptions options) {
            this.findings = findings;
            this.file = file;
            this.options = options;
        }

        void write(StringBuilder sb, List<Integer> which) {
            if (which.isEmpty()) {
                return;
            }
            sb.append("<div class=\"notes\">\n");
            for (int i : which) {
                card(sb, i);
            }
            sb.append("</div>\n");
        }

        private void card(StringBuilder sb, int i) {
            Finding x = findings.get(i);
            String id = file + "-" + (i + 1);
            String sev = x.severity().id();
            Integer first = firstOfRule.putIfAbsent(x.rule(), i);
            sb.append("<article class=\"note ").append(sev).append("\" id=\"note-").append(id)
                    .append("\" data-rule=\"").append(Xml.escape(x.rule())).append("\">\n<p class=\"where\">")
                    .append("<a class=\"loc\" href=\"#at-").append(id).append("\">Line ").append(x.line())
                    .append("</a> · <span class=\"sev ").append(sev).append("\">").append(sev)
                    .append("</span> · <code class=\"rule\">").append(Xml.escape(x.rule())).append("</code></p>\n")
                    .append("<p class=\"message\">").append(Xml.escape(x.message())).append("</p>\n<dl>\n");
            if (x.length() > 0 && !x.text().isBlank()) {
                sb.append("<dt>In the draft</dt><dd class=\"quote\">“").append(Xml.escape(x.text()))
                        .append("”</dd>\n");
            }
            boolean sameSuggestions = first != null && findings.get(first).suggestions().equals(x.suggestions());
            if (!x.suggestions().isEmpty() && !sameSuggestions) {
                sb.append("<dt>").append(x.isAddition() ? "What to add" : "What to write instead")
                        .append("</dt><dd class=\"instead\">");
                for (int k = 0; k < x.suggestions().size(); k++) {
                    sb.append(k == 0 ? "" : " · ").append("<ins>").append(Xml.escape(x.suggestions().get(k)))
                            .append("</ins>");
                }
                sb.append("</dd>\n");
            }
            sb.append("</dl>\n");
            if (first == null && (!x.rationale().isBlank() || !x.sources().isEmpty() || !x.cues().isEmpty())) {
                sb.append("<details><summary>Why it matters</summary>\n");
                if (!x.rationale().isBlank()) {
                    sb.append("<p class=\"why\">").append(Xml.escape(x.rationale())).append("</p>\n");
                }
                sources(sb, x);
                sb.append("</details>\n");
            }
            if (first != null) {
                boolean said = !x.rationale().isBlank() || !x.sources().isEmpty() || sameSuggestions
                        && !x.suggestions().isEmpty();
                if (said) {
                    sb.append("<p class=\"same\">").append(sameSuggestions && !x.suggestions().isEmpty()
                            ? "What to write instead, why it matters and sources: " : "Why it matters and sources: ")
                            .append("<a href=\"#note-").append(file).append('-').append(first + 1)
                            .append("\">same as above</a>.</p>\n");
                }
            }
            if (!x.cues().isEmpty()) {
                sb.append("<details class=\"cues\"><summary>What Papageno went by</summary><p>")
                        .append(Xml.escape(String.join("; ", x.cues()))).append("</p></details>\n");
            }
            sb.append("</article>\n");
        }

        private void sources(StringBuilder sb, Finding x) {
            if (x.sources().isEmpty()) {
                return;
            }
            Map<String, String> titles = sourceTitles(x.rule(), options);
            sb.append("<p class=\"sources-title\">Sources</p>\n<ul class=\"sources\">");
            for (String url : x.sources()) {
                sb.append("<li><a href=\"").append(Xml.escape(url)).append("\" rel=\"noreferrer\">")
                        .append(Xml.escape(titles.getOrDefault(url, url))).append("</a></li>");
            }
            sb.append("</ul>\n");
        }
    }

    private static Map<String, String> sourceTitles(String ruleId, ReportOptions options) {
        if (options.rules() == null) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        options.rules().rule(ruleId).map(Rule::spec).ifPresent(spec -> {
            for (SourceRef s : spec.sources()) {
                out.putIfAbsent(s.url(), s.title());
            }
        });
        return out;
    }
}
