package dev.papageno.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.Finding;
import dev.papageno.core.source.InputFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor does with the server, end to end over the protocol: a subclass says how the
 * server is reached (in this process or as a separate one over pipes).
 */
public abstract class LspScenarios {

    /** A draft with a phrase to fix after a character outside the BMP (two UTF-16 units). */
    static final String DRAFT = "# A hard year\n\n\uD83C\uDF27 My uncle committed suicide in the spring, and we"
            + " still talk about him.\n\nI miss his terrible jokes.\n";
    static final String RULE = "stigma/committed-suicide";

    /** How the server is reached. */
    public interface Connection {
        InputStream fromServer();

        OutputStream toServer();

        /** Waits for the server to end and gives its exit code. */
        int exitCode() throws Exception;
    }

    @TempDir
    Path workspace;

    private Session session;

    /** Starts a server. */
    protected abstract Connection connect() throws Exception;

    /** An editor connected to a server. */
    final class Session {
        final Connection connection = connect();
        final TestClient client = new TestClient();
        final LanguageServer server;
        /** Whether {@code exit} was sent, or the connection closed. */
        boolean ended;

        Session(Object initializationOptions) throws Exception {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, connection.fromServer(),
                    connection.toServer());
            launcher.startListening();
            server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "drafts")));
            ClientCapabilities caps = new ClientCapabilities();
            WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
            ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
            caps.setWorkspace(ws);
            init.setCapabilities(caps);
            init.setInitializationOptions(initializationOptions);
            assertNotNull(server.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities().getHoverProvider());
            server.initialized(new InitializedParams());
        }

        String open(String name, String language, String text) {
            String uri = workspace.resolve(name).toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, language, 1, text)));
            return uri;
        }

        List<Either2> actions(String uri, Range range) throws Exception {
            return server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                    range, new CodeActionContext(List.of()))).get(60, TimeUnit.SECONDS).stream()
                    .map(e -> new Either2(e.isRight() ? e.getRight() : null)).toList();
        }

        int shutDown() throws Exception {
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            ended = true;
            return connection.exitCode();
        }
    }

    /** A code action, null for a bare command. */
    record Either2(CodeAction action) {
    }

    Session start() throws Exception {
        session = new Session(null);
        return session;
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null && !session.ended) {
            try {
                session.server.exit();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    private static List<Finding> lint(String text, InputFormat format) {
        try (Linter linter = Linter.builder().build()) {
            return linter.lint(LintRequest.text("draft", text, format)).only().findings();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The draft's finding of {@link #RULE}, from the first diagnostics published for it. */
    private static Diagnostic firstPhrase(Session s, String uri) throws Exception {
        return only(s.client.await(uri, x -> !x.getDiagnostics().isEmpty()), RULE);
    }

    private static Diagnostic only(PublishDiagnosticsParams p, String rule) {
        List<Diagnostic> d = p.getDiagnostics().stream().filter(x -> rule.equals(x.getCode().getLeft())).toList();
        assertEquals(1, d.size(), "diagnostics of " + rule + " in " + p.getDiagnostics());
        return d.get(0);
    }

    @Test
    void diagnosticsSitAtTheExactRangesThatTheCommandLineGives() throws Exception {
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        PublishDiagnosticsParams p = s.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(1, p.getVersion());

        Diagnostic phrase = only(p, RULE);
        int at = DRAFT.indexOf("committed suicide");
        assertEquals(new Range(Edits.position(DRAFT, at), Edits.position(DRAFT, at + "committed suicide".length())),
                phrase.getRange());
        assertEquals(new Position(2, 12), phrase.getRange().getStart(), "the rain cloud counts two UTF-16 units");
        assertEquals(DiagnosticSeverity.Warning, phrase.getSeverity());
        assertEquals("papageno", phrase.getSource());
        assertTrue(phrase.getMessage().contains("died by suicide"), phrase.getMessage());

        Diagnostic missing = only(p, "crisis-resources/missing");
        assertEquals(DiagnosticSeverity.Error, missing.getSeverity());
        assertEquals(new Range(new Position(0, 0), new Position(0, 0)), missing.getRange());

        List<Finding> expected = lint(DRAFT, InputFormat.MARKDOWN);
        assertEquals(expected.size(), p.getDiagnostics().size());
        for (int i = 0; i < expected.size(); i++) {
            Finding f = expected.get(i);
            Diagnostic d = p.getDiagnostics().get(i);
            assertEquals(f.rule(), d.getCode().getLeft());
            assertEquals(new Range(new Position(f.line() - 1, f.column() - 1),
                    new Position(f.endLine() - 1, f.endColumn() - 1)), d.getRange());
        }
        assertEquals(0, s.shutDown());
    }

    @Test
    void htmlAndPlainTextAreCheckedToo() throws Exception {
        Session s = start();
        String html = "<html><body><p>My uncle committed suicide in the spring.</p></body></html>\n";
        String uri = s.open("page.html", "html", html);
        PublishDiagnosticsParams p = s.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        int at = html.indexOf("committed suicide");
        assertEquals(Edits.position(html, at), only(p, RULE).getRange().getStart());
        String txt = s.open("notes.txt", "plaintext", "My uncle committed suicide in the spring.\n");
        assertEquals(new Position(0, 9), only(s.client.await(txt, x -> !x.getDiagnostics().isEmpty()), RULE)
                .getRange().getStart());
        assertEquals(0, s.shutDown());
    }

    @Test
    void disablingTheRuleForALineWritesTheCommentOfEachFormat() throws Exception {
        Session s = start();
        String html = "<html><body>\n<p>We still talk about him.</p>\n  <p>My uncle committed suicide in the spring.</p>\n"
                + "<p>His brother committed suicide too.</p>\n</body></html>\n";
        silenceTheLine(s, "page.html", "html", html, InputFormat.HTML,
                "  <!-- papageno-disable-next-line " + RULE + " -->\n");
        String txt = "We still talk about him.\n\n    My uncle committed suicide in the spring.\n\n"
                + "His brother committed suicide too.\n";
        silenceTheLine(s, "notes.txt", "plaintext", txt, InputFormat.TEXT,
                "    <!-- papageno-disable-next-line " + RULE + " -->\n");
        assertEquals(0, s.shutDown());
    }

    /**
     * Takes the action that disables {@link #RULE} for the line of its first finding: the comment
     * goes on a line of its own above, indented as that line, and the text checked again has no
     * finding of the rule there but still has the one on a later line.
     */
    private static void silenceTheLine(Session s, String name, String language, String text, InputFormat format,
            String comment) throws Exception {
        String uri = s.open(name, language, text);
        PublishDiagnosticsParams p = s.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        List<Diagnostic> phrases = p.getDiagnostics().stream().filter(d -> RULE.equals(d.getCode().getLeft()))
                .toList();
        assertEquals(2, phrases.size(), p.getDiagnostics().toString());
        Diagnostic first = phrases.get(0);
        int line = first.getRange().getStart().getLine();
        CodeAction disable = s.actions(uri, first.getRange()).stream().map(Either2::action)
                .filter(a -> a != null && a.getTitle().equals("Disable " + RULE + " for this line"))
                .findFirst().orElseThrow();
        String silenced = Edits.apply(text, disable.getEdit(), uri);
        int at = Edits.offset(text, new Position(line, 0));
        assertEquals(text.substring(0, at) + comment + text.substring(at), silenced);
        List<Finding> again = lint(silenced, format).stream().filter(f -> f.rule().equals(RULE)).toList();
        assertEquals(1, again.size(), again.toString());
        assertEquals(phrases.get(1).getRange().getStart().getLine() + 2, again.get(0).line(),
                "the later line is still checked (one line down, 1-based)");
    }

    @Test
    void quickFixesGiveTheFixedTextWithoutTheFinding() throws Exception {
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        Diagnostic phrase = firstPhrase(s, uri);
        List<Either2> actions = s.actions(uri, phrase.getRange());

        CodeAction first = actions.get(0).action();
        assertEquals("Replace with “died by suicide”", first.getTitle());
        assertEquals(Boolean.TRUE, first.getIsPreferred());
        String fixed = Edits.apply(DRAFT, first.getEdit(), uri);
        assertEquals(DRAFT.replace("committed suicide", "died by suicide"), fixed);
        assertTrue(lint(fixed, InputFormat.MARKDOWN).stream().noneMatch(f -> f.rule().equals(RULE)));
        assertTrue(actions.stream().filter(a -> a.action() != null && a.action().getTitle().startsWith("Replace"))
                .count() >= 2, "every suggestion is a fix");

        CodeAction line = actions.stream().map(Either2::action)
                .filter(a -> a.getTitle().equals("Disable " + RULE + " for this line")).findFirst().orElseThrow();
        String silenced = Edits.apply(DRAFT, line.getEdit(), uri);
        assertTrue(silenced.contains("<!-- papageno-disable-next-line " + RULE), silenced);
        assertTrue(lint(silenced, InputFormat.MARKDOWN).stream().noneMatch(f -> f.rule().equals(RULE)));

        CodeAction all = actions.stream().map(Either2::action)
                .filter(a -> a.getTitle().startsWith("Fix all")).findFirst().orElseThrow();
        String allFixed = Edits.apply(DRAFT, all.getEdit(), uri);
        assertTrue(lint(allFixed, InputFormat.MARKDOWN).stream().noneMatch(f -> f.fix().isPresent()), allFixed);
        assertEquals(0, s.shutDown());
    }

    @Test
    void switchingARuleOffInTheConfigKeepsItsComments() throws Exception {
        Path config = workspace.resolve(".papageno.yml");
        Files.writeString(config, "# Settings for the family blog\nprofile: blog  # the default\n");
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        Diagnostic phrase = firstPhrase(s, uri);
        CodeAction off = s.actions(uri, phrase.getRange()).stream().map(Either2::action)
                .filter(a -> a.getTitle().startsWith("Turn " + RULE + " off")).findFirst().orElseThrow();
        s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(off.getCommand().getCommand(),
                off.getCommand().getArguments())).get(60, TimeUnit.SECONDS);
        String now = Files.readString(config);
        assertTrue(now.startsWith("# Settings for the family blog\nprofile: blog  # the default\n"), now);
        assertTrue(now.contains(RULE + ": off"), now);
        s.client.await(uri, x -> x.getDiagnostics().stream().noneMatch(d -> RULE.equals(d.getCode().getLeft())));
        assertEquals(0, s.shutDown());
    }

    @Test
    void hoverExplainsTheFindingInMarkdown() throws Exception {
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        Diagnostic phrase = firstPhrase(s, uri);
        Hover h = s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                phrase.getRange().getStart())).get(60, TimeUnit.SECONDS);
        assertEquals("markdown", h.getContents().getRight().getKind());
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("**Why:**"), md);
        assertTrue(md.contains("**Write instead:** “died by suicide”"), md);
        assertTrue(md.contains("**Sources:**") && md.contains("](<https://"), md);
        assertEquals(phrase.getRange(), h.getRange());
        assertEquals(null, s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(4, 3))).get(60, TimeUnit.SECONDS));
        assertEquals(0, s.shutDown());
    }

    @Test
    void changesAreLintedAgainAndClosingClears() throws Exception {
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        Diagnostic phrase = firstPhrase(s, uri);
        for (int v = 2; v <= 4; v++) {
            TextDocumentContentChangeEvent typed = new TextDocumentContentChangeEvent(
                    new Range(new Position(4, 0), new Position(4, 0)), "Still. ");
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, v), List.of(typed)));
        }
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(phrase.getRange(),
                "died by suicide");
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 5), List.of(change)));
        PublishDiagnosticsParams after = s.client.await(uri, x -> x.getVersion() != null && x.getVersion() == 5);
        // As `papageno check` gives for the same text: the wording is fixed; the draft, longer now, still
        // tells of a suicide with no help line and no content note.
        String edited = DRAFT.replace("committed suicide", "died by suicide")
                .replace("I miss his", "Still. Still. Still. I miss his");
        List<String> rules = after.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
        assertEquals(lint(edited, InputFormat.MARKDOWN).stream().map(Finding::rule).toList(), rules);
        assertTrue(!rules.contains(RULE), rules.toString());
        TextDocumentContentChangeEvent back = new TextDocumentContentChangeEvent(new Range(
                phrase.getRange().getStart(), new Position(phrase.getRange().getStart().getLine(),
                phrase.getRange().getStart().getCharacter() + "died by suicide".length())), "committed suicide");
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 6), List.of(back)));
        PublishDiagnosticsParams again = s.client.await(uri, x -> x.getVersion() != null && x.getVersion() == 6);
        assertEquals(phrase.getRange(), only(again, RULE).getRange());

        s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        s.client.await(uri, x -> x.getDiagnostics().isEmpty());
        assertEquals(0, s.shutDown());
    }

    @Test
    void theConfigIsReloadedAndABrokenOneKeepsTheLastGoodSettings() throws Exception {
        Path config = workspace.resolve(".papageno.yml");
        Files.writeString(config, "rules:\n  crisis-resources/missing: off\n");
        Session s = start();
        String uri = s.open("post.md", "markdown", DRAFT);
        PublishDiagnosticsParams first = s.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertTrue(first.getDiagnostics().stream().noneMatch(d -> "crisis-resources/missing"
                .equals(d.getCode().getLeft())));

        Files.writeString(config, "rules:\n  crisis-resources/missing: off\n  " + RULE + ": off\n");
        changed(s, config);
        s.client.await(uri, x -> x.getDiagnostics().stream().noneMatch(d -> RULE.equals(d.getCode().getLeft())));

        Files.writeString(config, "rules:\n  crisis-resources/missing: off\n  " + RULE + ": [off\n");
        changed(s, config);
        PublishDiagnosticsParams broken = s.client.await(config.toUri().toString(),
                x -> !x.getDiagnostics().isEmpty());
        assertEquals(DiagnosticSeverity.Error, broken.getDiagnostics().get(0).getSeverity());
        assertTrue(s.client.awaitMessage(m -> m.getType() == MessageType.Error).getMessage()
                .contains(".papageno.yml"));

        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(DRAFT + "\n"))));
        PublishDiagnosticsParams meanwhile = s.client.await(uri, x -> x.getVersion() != null && x.getVersion() == 2);
        assertTrue(meanwhile.getDiagnostics().stream().noneMatch(d -> RULE.equals(d.getCode().getLeft())
                || "crisis-resources/missing".equals(d.getCode().getLeft())), "the last good settings still hold");

        changed(s, config);
        assertTrue(s.client.messages.stream().noneMatch(m -> m.getType() == MessageType.Error),
                "a broken config is shown once");

        Files.writeString(config, "rules:\n  crisis-resources/missing: off\n");
        changed(s, config);
        s.client.await(config.toUri().toString(), x -> x.getDiagnostics().isEmpty());
        s.client.await(uri, x -> x.getDiagnostics().stream().anyMatch(d -> RULE.equals(d.getCode().getLeft())));
        assertEquals(0, s.shutDown());
    }

    @Test
    void initializationOptionsSetTheProfile() throws Exception {
        JsonObject options = new JsonObject();
        options.addProperty("profile", "nonsense");
        session = new Session(options);
        String uri = session.open("post.md", "markdown", DRAFT);
        session.client.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertTrue(session.client.awaitMessage(m -> m.getType() == MessageType.Warning).getMessage()
                .contains("nonsense"));
        assertEquals(0, session.shutDown());
    }

    @Test
    void aHugeDraftIsCheckedInFullWhileOtherDocumentsAnswer() throws Exception {
        Session s = start();
        StringBuilder big = new StringBuilder();
        while (big.length() < 5 * 1024 * 1024) {
            big.append("We walked by the river and talked about the garden, the dog and the weather.\n\n");
        }
        big.append("My uncle committed suicide in the spring.\n");
        String bigUri = s.open("book.md", "markdown", big.toString());
        String small = s.open("post.md", "markdown", DRAFT);
        Diagnostic phrase = only(s.client.await(small, x -> !x.getDiagnostics().isEmpty()), RULE);
        CompletableFuture<Hover> hover = s.server.getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(small), phrase.getRange().getStart()));
        assertNotNull(hover.get(60, TimeUnit.SECONDS));
        assertFalse(s.actions(small, phrase.getRange()).isEmpty());
        PublishDiagnosticsParams whole = s.client.await(bigUri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(big.toString().split("\n", -1).length - 2, only(whole, RULE).getRange().getStart().getLine());
        assertEquals(0, s.shutDown());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void changed(Session s, Path file) {
        s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), FileChangeType.Changed))));
    }
}
