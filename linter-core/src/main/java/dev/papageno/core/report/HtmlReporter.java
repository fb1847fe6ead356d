package dev.papageno.core.report;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.Severity;
import dev.papageno.core.api.Summary;
import dev.papageno.core.api.Version;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.SourceRef;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page for editors who would rather look than read a list: each draft as
 * written, with every finding highlighted in place and its explanation beside it (message, what to
 * write instead, why, and the guidelines). No scripts, fonts or files from elsewhere; it prints and
 * it follows the reader's light or dark setting.
 *
 * <p>The draft is shown char for char: the text of its {@code pre.draft} blocks, read in order, is
 * the decoded file (carriage returns are written as {@code &#13;} so browsers keep them). Each
 * highlighted piece is a {@code mark} whose {@code data-findings} lists the findings covering it
 * ({@code fileNumber-findingNumber}, from 1); a finding's pieces together are exactly its span. A
 * finding of no length (a missing content note) is an empty {@code mark} at its place.
 */
public final class HtmlReporter extends AbstractReporter {

    private static final String CSS = """
            :root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fbfbf8; --muted: #5f6368; --line: #d9d6cf;
              --card: #ffffff; --error: #b3261e; --error-bg: #fbe0dd; --warning: #7a5500; --warning-bg: #ffefbf;
              --info: #0a5e8c; --info-bg: #dcefff; --ok: #1e6b3a; }
            @media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #1b1c1e; --muted: #a3a7ad;
              --line: #3a3c40; --card: #242528; --error: #ffb4ab; --error-bg: #5c1d18; --warning: #f5cd6b;
              --warning-bg: #4d3b00; --info: #9ccfff; --info-bg: #0f3a57; --ok: #8fd6a6; } }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--fg);
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            header.top, main, footer { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem; }
            h1 { font-size: 1.5rem; margin: .5rem 0; }
            h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; padding-bottom: .4rem; border-bottom: 1px solid var(--line);
              overflow-wrap: anywhere; }
            h2 .counts { font-weight: normal; color: var(--muted); font-size: .95rem; margin-left: .5rem; }
            .summary { font-size: 1.05rem; }
            .legend { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; padding: 0; list-style: none;
              color: var(--muted); font-size: .9rem; }
            nav ol { padding-left: 1.25rem; }
            nav a, .note a { color: inherit; }
            .row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem); gap: 1.5rem;
              align-items: start; }
            .row + .row { margin-top: .25rem; }
            pre.draft { margin: 0; padding: .5rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere;
              font: .95rem/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
              background: var(--card); border-left: 3px solid var(--line); }
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
            .notes { display: flex; flex-direction: column; gap: .75rem; }
            .note { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--muted);
              border-radius: 6px; padding: .6rem .8rem; font-size: .92rem; }
            .note.error { border-left-color: var(--error); }
            .note.warning { border-left-color: var(--warning); }
            .note.info { border-left-color: var(--info); }
            .note:target, .anchor:target + mark { outline: 2px solid var(--fg); }
            .note header { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline;
              font-size: .85rem; color: var(--muted); }
            .note p { margin: .4rem 0; }
            .sev { font-weight: 600; text-transform: uppercase; letter-spacing: .03em; font-size: .78rem; }
            .sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
            .instead ins { text-decoration: none; font-weight: 600; color: var(--ok); }
            details { color: var(--muted); }
            details summary { cursor: pointer; }
            .sources { padding-left: 1.1rem; margin: .3rem 0; overflow-wrap: anywhere; }
            .unreadable { color: var(--error); }
            .clean { color: var(--ok); }
            footer { color: var(--muted); font-size: .85rem; }
            @media (max-width: 52rem) { .row { grid-template-columns: minmax(0, 1fr); } }
            @media print { body { background: #fff; color: #000; } .row { break-inside: avoid; } }
            """;

    public HtmlReporter() {
        super("html",
                "one self-contained page: each draft with its findings highlighted and explained beside it", "html");
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"papageno ").append(Xml.escape(Version.get()))
                .append("\">\n<title>Papageno report: ").append(Xml.escape(Summary.plural(result.findingCount(),
                        "finding"))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<header class=\"top\">\n<h1>Papageno report</h1>\n<p class=\"summary\">")
                .append(Xml.escape(Summary.sentence(result))).append("</p>\n");
        sb.append("<ul class=\"legend\">")
                .append("<li><span class=\"sev error\">error</span> fix before publishing</li>")
                .append("<li><span class=\"sev warning\">warning</span> fix unless the context justifies it</li>")
                .append("<li><span class=\"sev info\">info</span> a suggestion to consider</li></ul>\n");
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
                parts.add(s == Severity.INFO ? c + " info" : Summary.plural(c, s.id()));
            }
        }
        return String.join(", ", parts);
    }

    /** How much is written at a time: the page is streamed, never held whole. */
    private static final int FLUSH_AT = 1 << 16;

    private static void file(StringBuilder sb, FileResult f, int n, ReportOptions options, Writer out)
            throws IOException {
        sb.append("<section class=\"file\" id=\"file-").append(n).append("\" data-path=\"").append(Xml.escape(f.path()))
                .append("\">\n<h2>").append(Xml.escape(f.path())).append(" <span class=\"counts\">")
                .append(Xml.escape(counts(f))).append("</span></h2>\n");
        if (f.omittedCount() > 0) {
            sb.append("<p class=\"omitted\">Only the first ").append(f.findings().size())
                    .append(" findings of this draft are shown; ").append(f.omittedCount())
                    .append(" more are counted in the summary.</p>\n");
        }
        if (f.error().isPresent()) {
            sb.append("<p class=\"unreadable\">Could not be read: ").append(Xml.escape(f.error().get()))
                    .append("</p>\n</section>\n");
            return;
        }
        if (f.findings().isEmpty() || f.source().isEmpty()) {
            sb.append("<p class=\"clean\">No findings.</p>\n</section>\n");
            return;
        }
        String text = f.source().get().text();
        List<Finding> findings = f.findings();
        List<Integer> cuts = chunkStarts(text, findings);
        List<Integer> open = new ArrayList<>();
        int reached = 0;
        for (int c = 0; c < cuts.size(); c++) {
            int from = cuts.get(c);
            int to = c + 1 < cuts.size() ? cuts.get(c + 1) : text.length();
            boolean last = c + 1 == cuts.size();
            sb.append("<div class=\"row\">\n<pre class=\"draft\">\n");
            int first = reached;
            reached = draft(sb, text, findings, n, from, to, last, first, open);
            sb.append("</pre>\n<div class=\"notes\">\n");
            for (int i = first; i < reached; i++) {
                note(sb, findings.get(i), n + "-" + (i + 1), options);
            }
            sb.append("</div>\n</div>\n");
            if (sb.length() > FLUSH_AT) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        sb.append("</section>\n");
    }

    /**
     * Where the rows start: at the first line after one or more blank lines, unless a finding spans
     * that place. Each row shows a stretch of the draft and, beside it, the findings that start there.
     * The findings are in offset order, so one pass over the lines and one over the findings will do.
     */
    static List<Integer> chunkStarts(String text, List<Finding> findings) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean previousBlank = false;
        int n = text.length();
        int i = 0;
        int seen = 0;
        int reach = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            boolean blank = text.substring(i, end).isBlank();
            if (!blank && previousBlank) {
                // reach: the furthest end of the findings that start before i
                while (seen < findings.size() && findings.get(seen).offset() < i) {
                    Finding x = findings.get(seen++);
                    reach = Math.max(reach, x.offset() + x.length());
                }
                if (reach <= i) {
                    starts.add(i);
                }
            }
            previousBlank = blank;
            boolean crlf = end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            i = end + (crlf ? 2 : 1);
        }
        return starts;
    }

    /**
     * Writes {@code text[from, to)} with highlights; pins of findings at {@code to} only in the last row.
     * The rows are written in order and share {@code open}: the findings of some length that have
     * started and may not have ended yet, in finding order. {@code reached} is the first finding
     * not yet started; the one after this row's findings is returned.
     */
    private static int draft(StringBuilder sb, String text, List<Finding> findings, int file, int from, int to,
            boolean last, int reached, List<Integer> open) {
        int pos = from;
        while (pos < to || last) {
            while (reached < findings.size() && findings.get(reached).offset() <= pos) {
                Finding x = findings.get(reached);
                if (x.offset() == pos) {
                    String id = file + "-" + (reached + 1);
                    sb.append("<span class=\"anchor\" id=\"at-").append(id).append("\"></span>");
                    if (x.length() == 0) {
                        sb.append("<mark class=\"hl pin ").append(x.severity().id()).append("\" data-findings=\"")
                                .append(id).append("\"><a href=\"#note-").append(id).append("\" title=\"")
                                .append(Xml.escape(x.message())).append("\" aria-label=\"")
                                .append(Xml.escape(x.rule())).append("\"></a></mark>");
                    }
                }
                if (x.length() > 0) {
                    open.add(reached);
                }
                reached++;
            }
            if (pos == to) {
                break;
            }
            // the piece ends where the next finding starts or an open one ends, at the latest at to
            int next = to;
            if (reached < findings.size()) {
                next = Math.min(next, findings.get(reached).offset());
            }
            int kept = 0;
            Severity top = null;
            for (int k = 0; k < open.size(); k++) {
                int i = open.get(k);
                Finding x = findings.get(i);
                int end = x.offset() + x.length();
                if (end > pos) {
                    open.set(kept++, i);
                    next = Math.min(next, end);
                    top = top == null || x.severity().compareTo(top) > 0 ? x.severity() : top;
                }
            }
            open.subList(kept, open.size()).clear();
            String piece = Xml.pre(text.substring(pos, next));
            if (open.isEmpty()) {
                sb.append(piece);
            } else {
                StringBuilder ids = new StringBuilder();
                for (int i : open) {
                    ids.append(ids.length() == 0 ? "" : " ").append(file).append('-').append(i + 1);
                }
                Finding first = findings.get(open.get(0));
                sb.append("<mark class=\"hl ").append(top.id()).append(open.size() > 1 ? " overlap" : "")
                        .append("\" data-findings=\"").append(ids).append("\"><a href=\"#note-").append(file)
                        .append('-').append(open.get(0) + 1).append("\" title=\"").append(Xml.escape(first.message()))
                        .append("\">").append(piece).append("</a></mark>");
            }
            pos = next;
        }
        return reached;
    }

    private static void note(StringBuilder sb, Finding x, String id, ReportOptions options) {
        String sev = x.severity().id();
        sb.append("<article class=\"note ").append(sev).append("\" id=\"note-").append(id).append("\">\n<header>")
                .append("<a class=\"loc\" href=\"#at-").append(id).append("\">").append(x.line()).append(':')
                .append(x.column()).append("</a> <span class=\"sev ").append(sev).append("\">").append(sev)
                .append("</span> <code class=\"rule\">").append(Xml.escape(x.rule())).append("</code>");
        if (x.fix().isPresent()) {
            sb.append(" <span class=\"fixable\">fixable with --fix</span>");
        }
        sb.append("</header>\n<p class=\"message\">").append(Xml.escape(x.message())).append("</p>\n");
        if (!x.suggestions().isEmpty()) {
            sb.append("<p class=\"instead\">").append(x.isAddition() ? "Add: " : "Instead: ");
            for (int i = 0; i < x.suggestions().size(); i++) {
                sb.append(i == 0 ? "" : " · ").append("<ins>").append(Xml.escape(x.suggestions().get(i)))
                        .append("</ins>");
            }
            sb.append("</p>\n");
        }
        if (!x.cues().isEmpty()) {
            sb.append("<p class=\"cues\">").append(Xml.escape(String.join("; ", x.cues()))).append("</p>\n");
        }
        if (!x.rationale().isBlank() || !x.sources().isEmpty()) {
            sb.append("<details><summary>Why this matters</summary>\n");
            if (!x.rationale().isBlank()) {
                sb.append("<p>").append(Xml.escape(x.rationale())).append("</p>\n");
            }
            if (!x.sources().isEmpty()) {
                Map<String, String> titles = sourceTitles(x.rule(), options);
                sb.append("<ul class=\"sources\">\n");
                for (String url : x.sources()) {
                    sb.append("<li><a href=\"").append(Xml.escape(url)).append("\" rel=\"noreferrer\">")
                            .append(Xml.escape(titles.getOrDefault(url, url))).append("</a></li>\n");
                }
                sb.append("</ul>\n");
            }
            sb.append("</details>\n");
        }
        sb.append("</article>\n");
    }

    private static Map<String, String> sourceTitles(String ruleId, ReportOptions options) {
        if (options.rules() == null) {
            return Map.of();
        }
        Map<String, String> out = new java.util.HashMap<>();
        options.rules().rule(ruleId).map(Rule::spec).ifPresent(spec -> {
            for (SourceRef s : spec.sources()) {
                out.putIfAbsent(s.url(), s.title());
            }
        });
        return out;
    }
}
