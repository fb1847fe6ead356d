package dev.papageno.lsp;

import dev.papageno.core.api.Finding;
import dev.papageno.core.document.Document;
import dev.papageno.core.document.DocumentParser;
import dev.papageno.core.fix.Edit;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions on the findings under a range: each suggestion of a fixable finding (the first
 * preferred) or, for something missing, each thing to add; the control comment that silences the
 * finding for its line (or, for a document-level finding, the whole file); switching its rule off
 * in {@code .papageno.yml}; and fixing every fixable finding of the file at once.
 */
final class CodeActions {

    /** The kind of the fix-all action, for {@code source.fixAll} on save. */
    static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".papageno";
    /** The command that switches a rule off in the config: arguments are the document URI and the rule id. */
    static final String DISABLE_IN_CONFIG = "papageno.disableRuleInConfig";

    private static final int TITLE_TEXT_MAX = 60;

    /**
     * What the actions are computed for.
     *
     * @param uri             the document
     * @param results         its latest findings
     * @param documentChanges whether the client takes versioned document edits
     * @param configTitle     where "switch off" writes, as the title says it ({@code .papageno.yml}
     *                        or {@code a new .papageno.yml})
     */
    record Context(String uri, Results results, boolean documentChanges, String configTitle) {
    }

    private CodeActions() {
    }

    static List<Either<Command, CodeAction>> of(Context c, Range range, List<String> only) {
        Results r = c.results();
        SourceText source = r.source();
        TextRange wanted = Positions.textRange(source, range);
        Supplier<Document> document = memo(() -> DocumentParser.forFormat(r.format()).parse(source));
        List<CodeAction> out = new ArrayList<>();
        boolean touchesFixable = false;
        for (Finding f : r.findings()) {
            if (!touches(f, wanted, source)) {
                continue;
            }
            Diagnostic d = Diagnostics.of(f);
            if (f.fix().isPresent()) {
                touchesFixable = true;
                replacements(c, f, d, document, out);
            } else if (f.isAddition()) {
                additions(c, f, d, out);
            }
            Optional<Directives.Insertion> silence = f.isAddition()
                    ? Directives.wholeFile(source, r.format(), f)
                    : Directives.nextLine(source, r.format(), f, document);
            silence.ifPresent(ins -> out.add(action(f.isAddition() ? "Disable " + f.rule() + " in this file"
                    : "Disable " + f.rule() + " for this line", CodeActionKind.QuickFix, d, false,
                    edit(c, List.of(new Edit(TextRange.empty(ins.offset()), ins.text(), f.rule()))))));
            CodeAction off = new CodeAction("Turn " + f.rule() + " off in " + c.configTitle());
            off.setKind(CodeActionKind.QuickFix);
            off.setDiagnostics(List.of(d));
            off.setCommand(new Command(off.getTitle(), DISABLE_IN_CONFIG, List.of(c.uri(), f.rule())));
            out.add(off);
        }
        boolean wantsFixAll = only != null && only.stream().anyMatch(k -> FIX_ALL_KIND.startsWith(k));
        if (touchesFixable || wantsFixAll) {
            List<Edit> all = FixAll.all(r.linter(), source, r.format(), r.findings());
            if (!all.isEmpty()) {
                String title = "Fix all fixable Papageno findings in this file";
                if (touchesFixable) {
                    out.add(action(title, CodeActionKind.QuickFix, null, false, edit(c, all)));
                }
                if (wantsFixAll) {
                    out.add(action(title, FIX_ALL_KIND, null, false, edit(c, all)));
                }
            }
        }
        List<Either<Command, CodeAction>> result = new ArrayList<>();
        for (CodeAction a : out) {
            if (only == null || only.isEmpty() || only.stream().anyMatch(k -> kindMatches(a.getKind(), k))) {
                result.add(Either.forRight(a));
            }
        }
        return result;
    }

    /** Each suggestion of a fixable finding as a replacement, the finding's own fix first and preferred. */
    private static void replacements(Context c, Finding f, Diagnostic d, Supplier<Document> document,
            List<CodeAction> out) {
        Results r = c.results();
        List<String> choices = new ArrayList<>();
        choices.add(f.fix().get().replacement());
        for (String s : f.suggestions()) {
            if (!choices.contains(s)) {
                choices.add(s);
            }
        }
        boolean first = true;
        for (String s : choices) {
            Optional<Edit> e = FixAll.one(r.linter(), r.source(), document.get(), f, s);
            if (e.isEmpty()) {
                continue;
            }
            String title = s.isEmpty() ? "Remove “" + shorten(f.text()) + "”" : "Replace with “" + shorten(s) + "”";
            out.add(action(title, CodeActionKind.QuickFix, d, first, edit(c, List.of(e.get()))));
            first = false;
        }
    }

    /** Each suggestion of a finding about something missing, added where the finding is placed. */
    private static void additions(Context c, Finding f, Diagnostic d, List<CodeAction> out) {
        Results r = c.results();
        String eol = Directives.lineEnding(r.source().text());
        boolean first = true;
        for (String s : f.suggestions()) {
            String content = r.format() == InputFormat.HTML ? "<p>" + html(s) + "</p>" : s + eol;
            Optional<Directives.Insertion> ins = Directives.lineAbove(r.source(), r.format(), f.offset(), content);
            if (ins.isEmpty()) {
                continue;
            }
            out.add(action("Add “" + shorten(s) + "”", CodeActionKind.QuickFix, d, first,
                    edit(c, List.of(new Edit(TextRange.empty(ins.get().offset()), ins.get().text(), f.rule())))));
            first = false;
        }
    }

    /** Whether a finding lies under the range; one without length counts on its whole line. */
    static boolean touches(Finding f, TextRange wanted, SourceText source) {
        if (f.range().isEmpty()) {
            int line = f.line();
            int from = source.lineStart(line);
            int to = source.lineEnd(line);
            return wanted.start() <= to && wanted.end() >= from;
        }
        return f.range().start() <= wanted.end() && wanted.start() <= f.range().end();
    }

    private static boolean kindMatches(String kind, String wanted) {
        return kind.equals(wanted) || kind.startsWith(wanted + ".");
    }

    private static CodeAction action(String title, String kind, Diagnostic d, boolean preferred, WorkspaceEdit edit) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        if (d != null) {
            a.setDiagnostics(List.of(d));
        }
        if (preferred) {
            a.setIsPreferred(true);
        }
        a.setEdit(edit);
        return a;
    }

    /** Edits of the document as a workspace edit, tied to the version they were computed on when the client allows. */
    static WorkspaceEdit edit(Context c, List<Edit> edits) {
        SourceText source = c.results().source();
        List<TextEdit> textEdits = new ArrayList<>();
        for (Edit e : edits) {
            textEdits.add(new TextEdit(Positions.range(source, e.range()), e.replacement()));
        }
        if (c.documentChanges()) {
            TextDocumentEdit tde = new TextDocumentEdit(
                    new VersionedTextDocumentIdentifier(c.uri(), c.results().version()), textEdits);
            return new WorkspaceEdit(List.of(Either.forLeft(tde)));
        }
        return new WorkspaceEdit(Map.of(c.uri(), textEdits));
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= TITLE_TEXT_MAX ? one : one.substring(0, TITLE_TEXT_MAX - 1).strip() + "…";
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
