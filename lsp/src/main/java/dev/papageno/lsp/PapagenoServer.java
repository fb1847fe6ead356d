package dev.papageno.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.papageno.core.LintRequest;
import dev.papageno.core.Linter;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Version;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import dev.papageno.core.fix.AtomicFiles;
import dev.papageno.core.nlp.NlpModels;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Papageno language server. Documents are linted off the protocol thread, a while after the
 * last change (at once when opened or saved); a result is published only while its version is
 * still the document's, and hovers and code actions read the published results, waiting for the
 * current version's when it is on its way. Linters come from {@link Linters}, one per config.
 */
public final class PapagenoServer implements LanguageServer, LanguageClientAware {

    /** How long a hover or code action waits for the findings of the current version. */
    private static final long RESULTS_WAIT_SECONDS = 30;
    /** How often config and rule files are looked at when the client does not watch them. */
    static final long DEFAULT_POLL_MILLIS = 2000;
    /** How long a replaced linter stays open for the work still using it. */
    private static final long RETIRE_GRACE_MILLIS = 60_000;

    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final ExecutorService linting;
    private final ExecutorService requests;
    private final Linters linters;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final long pollMillis;

    private volatile LanguageClient client;
    private volatile Settings initSettings = Settings.DEFAULT;
    private volatile Settings settings = Settings.DEFAULT;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile List<Path> workspaceFolders = List.of();
    private volatile boolean shutdown;
    private volatile boolean watching;
    private final Set<String> shownProblems = ConcurrentHashMap.newKeySet();

    public PapagenoServer() {
        this(DEFAULT_POLL_MILLIS);
    }

    /** @param pollMillis how often to look at config files when the client does not watch them */
    PapagenoServer(long pollMillis) {
        this.pollMillis = pollMillis;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("papageno-lsp-timer"));
        this.linting = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemon("papageno-lsp-lint"));
        this.requests = Executors.newFixedThreadPool(2, daemon("papageno-lsp-request"));
        this.linters = new Linters(new ConfigReports());
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    /** Completes with the exit code when the client sends {@code exit} or goes away. */
    CompletableFuture<Integer> exitCode() {
        return exit;
    }

    /** The client closed its end without {@code exit}: stop, as after {@code exit}. */
    void clientGone() {
        boolean orderly = shutdown;
        stopWork();
        exit.complete(orderly ? 0 : 1);
    }

    // ---- lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        NlpModels.warmUpInBackground();
        capabilities = params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
        workspaceFolders = folders(params);
        initSettings = Settings.from(params.getInitializationOptions(), Settings.DEFAULT);
        useSettings(initSettings);
        Integer editor = params.getProcessId();
        if (editor != null && editor != ProcessHandle.current().pid()) {
            // The editor died without a word: stop too.
            ProcessHandle.of(editor).ifPresent(h -> h.onExit().thenRun(() -> exit.complete(1)));
        }
        // Load the rules and build the linter of the workspace now, so the first document does not wait.
        requests.execute(() -> {
            try {
                linters.linterFor(workspaceFolders.isEmpty() ? Path.of("") : workspaceFolders.get(0));
            } catch (RuntimeException e) {
                log("cannot prepare the linter: " + e);
            }
        });

        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setHoverProvider(true);
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL_KIND));
        caps.setCodeActionProvider(actions);
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.DISABLE_IN_CONFIG)));
        WorkspaceServerCapabilities ws = new WorkspaceServerCapabilities();
        WorkspaceFoldersOptions wf = new WorkspaceFoldersOptions();
        wf.setSupported(true);
        wf.setChangeNotifications(true);
        ws.setWorkspaceFolders(wf);
        caps.setWorkspace(ws);
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("papageno", Version.get())));
    }

    @Override
    public void initialized(InitializedParams params) {
        var ws = capabilities.getWorkspace();
        boolean canWatch = ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        if (canWatch) {
            List<FileSystemWatcher> watchers = new ArrayList<>();
            for (String name : ConfigLoader.FILE_NAMES) {
                watchers.add(new FileSystemWatcher(Either.forLeft("**/" + name)));
            }
            watchers.add(new FileSystemWatcher(Either.forLeft("**/*.{yml,yaml}")));
            Registration r = new Registration("papageno-config-watch", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers));
            client.registerCapability(new RegistrationParams(List.of(r))).whenComplete((ok, err) -> {
                watching = err == null;
                if (!watching) {
                    startPolling();
                }
            });
            watching = true;
        } else {
            startPolling();
        }
        pullSettings();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        for (OpenDocument d : documents.values()) {
            synchronized (d) {
                if (d.pending != null) {
                    d.pending.cancel(false);
                }
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        boolean orderly = shutdown;
        stopWork();
        exit.complete(orderly ? 0 : 1);
    }

    private void stopWork() {
        shutdown = true;
        timer.shutdownNow();
        linting.shutdownNow();
        requests.shutdownNow();
        linters.close();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    // ---- documents

    private final TextDocumentService documentService = new TextDocumentService() {

        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
            var item = params.getTextDocument();
            Optional<Path> path = path(item.getUri());
            String fileName = path.map(p -> p.getFileName() == null ? "" : p.getFileName().toString())
                    .orElse(item.getUri());
            Optional<InputFormat> format = Formats.of(item.getLanguageId(), fileName);
            if (format.isEmpty()) {
                return;
            }
            OpenDocument doc = new OpenDocument(item.getUri(), path, format.get(), item.getText(), item.getVersion());
            OpenDocument old = documents.put(item.getUri(), doc);
            if (old != null) {
                old.close();
            }
            lintSoon(doc, 0);
        }

        @Override
        public void didChange(DidChangeTextDocumentParams params) {
            OpenDocument doc = documents.get(params.getTextDocument().getUri());
            if (doc == null) {
                return;
            }
            Integer v = params.getTextDocument().getVersion();
            doc.change(params.getContentChanges(), v != null ? v : doc.version() + 1);
            lintSoon(doc, settings.debounce());
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
            String uri = params.getTextDocument().getUri();
            if (isConfig(uri)) {
                refreshConfigs();
                return;
            }
            OpenDocument doc = documents.get(uri);
            if (doc != null) {
                if (params.getText() != null && !params.getText().equals(doc.text())) {
                    doc.replaceText(params.getText());
                }
                lintSoon(doc, 0);
            }
        }

        @Override
        public void didClose(DidCloseTextDocumentParams params) {
            OpenDocument doc = documents.remove(params.getTextDocument().getUri());
            if (doc == null) {
                return;
            }
            synchronized (doc) {
                doc.close();
                publish(new PublishDiagnosticsParams(doc.uri, List.of()));
            }
            Set<Path> folders = new HashSet<>();
            for (OpenDocument d : documents.values()) {
                folders.add(folderOf(d));
            }
            linters.keepOnly(folders);
            retireLater();
        }

        @Override
        public CompletableFuture<Hover> hover(HoverParams params) {
            OpenDocument doc = documents.get(params.getTextDocument().getUri());
            if (doc == null) {
                return CompletableFuture.completedFuture(null);
            }
            return doc.currentResults().completeOnTimeout(null, RESULTS_WAIT_SECONDS, TimeUnit.SECONDS)
                    .thenApply(r -> r == null ? null : hoverAt(r, params.getPosition()));
        }

        @Override
        public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
            String uri = params.getTextDocument().getUri();
            OpenDocument doc = documents.get(uri);
            if (doc == null) {
                return CompletableFuture.completedFuture(List.of());
            }
            List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
            return doc.currentResults().completeOnTimeout(null, RESULTS_WAIT_SECONDS, TimeUnit.SECONDS)
                    .thenApplyAsync(r -> {
                        if (r == null) {
                            return List.<Either<Command, CodeAction>>of();
                        }
                        try {
                            CodeActions.Context c = new CodeActions.Context(uri, r, documentChanges(),
                                    linters.configFor(folderOf(doc)).isPresent() ? ConfigLoader.FILE_NAMES.get(0)
                                            : "a new " + ConfigLoader.FILE_NAMES.get(0));
                            return CodeActions.of(c, params.getRange(), only);
                        } catch (RuntimeException e) {
                            log("code actions failed: " + e);
                            return List.<Either<Command, CodeAction>>of();
                        }
                    }, requests);
        }
    };

    private Hover hoverAt(Results r, Position position) {
        SourceText source = r.source();
        int at = Positions.offset(source, position);
        List<Finding> here = new ArrayList<>();
        Range range = null;
        for (Finding f : r.findings()) {
            boolean under = f.range().isEmpty() ? f.line() - 1 == position.getLine()
                    : f.range().start() <= at && at <= f.range().end();
            if (under) {
                here.add(f);
                if (range == null && !f.range().isEmpty()) {
                    range = Positions.range(source, f.range());
                }
            }
        }
        if (here.isEmpty()) {
            return null;
        }
        boolean markdown = markdownHovers();
        Hover h = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                Hovers.of(here, r.linter(), markdown)));
        if (range != null) {
            h.setRange(range);
        }
        return h;
    }

    // ---- linting

    /** Lints a document after {@code delayMillis}, replacing a job that was waiting. */
    private void lintSoon(OpenDocument doc, long delayMillis) {
        if (shutdown) {
            return;
        }
        synchronized (doc) {
            if (doc.isClosed()) {
                return;
            }
            if (doc.pending != null) {
                doc.pending.cancel(false);
                doc.pending = null;
            }
            if (delayMillis > 0) {
                doc.pending = timer.schedule(() -> start(doc), delayMillis, TimeUnit.MILLISECONDS);
                return;
            }
        }
        start(doc);
    }

    private void start(OpenDocument doc) {
        synchronized (doc) {
            doc.pending = null;
            if (doc.isClosed() || shutdown) {
                return;
            }
            if (doc.running) {
                doc.again = true;
                return;
            }
            doc.running = true;
        }
        try {
            linting.execute(() -> lint(doc));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            synchronized (doc) {
                doc.running = false;
            }
        }
    }

    /** Lints the document's current version, publishes the result if it is still current, and repeats while it changed. */
    private void lint(OpenDocument doc) {
        while (true) {
            int version;
            SourceText source;
            synchronized (doc) {
                version = doc.version();
                source = doc.source();
            }
            Results results = null;
            try {
                Linter linter = linters.linterFor(folderOf(doc));
                List<Finding> findings = linter.lint(LintRequest.source(source, doc.format)).only().findings();
                results = new Results(version, source, doc.format, findings, linter);
            } catch (RuntimeException e) {
                log("cannot lint " + doc.uri + ": " + e);
            }
            synchronized (doc) {
                if (results != null && !doc.isClosed() && doc.version() == version) {
                    publish(new PublishDiagnosticsParams(doc.uri, Diagnostics.of(results.findings()), version));
                    doc.resultsPublished(results);
                }
                if (doc.again && !doc.isClosed() && !shutdown) {
                    doc.again = false;
                    continue;
                }
                doc.running = false;
                return;
            }
        }
    }

    private void lintAll() {
        for (OpenDocument d : documents.values()) {
            lintSoon(d, 0);
        }
    }

    private Path folderOf(OpenDocument doc) {
        if (doc.path.isPresent() && doc.path.get().getParent() != null) {
            return doc.path.get().getParent();
        }
        return workspaceFolders.isEmpty() ? Path.of("").toAbsolutePath() : workspaceFolders.get(0);
    }

    // ---- configuration

    private void startPolling() {
        if (pollMillis > 0 && !timer.isShutdown()) {
            timer.scheduleWithFixedDelay(this::refreshConfigsQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void refreshConfigsQuietly() {
        try {
            refreshConfigs();
        } catch (RuntimeException e) {
            log("cannot look at the config files: " + e);
        }
    }

    /** Reloads what changed among the config and rule files, and lints the open documents again if anything did. */
    private void refreshConfigs() {
        if (shutdown) {
            return;
        }
        if (linters.refresh()) {
            lintAll();
            retireLater();
        }
    }

    private void retireLater() {
        if (linters.hasRetired() && !timer.isShutdown()) {
            timer.schedule(() -> linters.closeRetired(RETIRE_GRACE_MILLIS), RETIRE_GRACE_MILLIS + 100,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void useSettings(Settings s) {
        for (String p : s.problems()) {
            if (shownProblems.add(p)) {
                message(MessageType.Warning, "Papageno: " + p + ".");
            }
        }
        settings = s;
        if (linters.settings(s)) {
            lintAll();
            retireLater();
        }
    }

    /** Asks the client for the {@code papageno} section of its settings, if it can answer. */
    private void pullSettings() {
        var ws = capabilities.getWorkspace();
        if (ws == null || !Boolean.TRUE.equals(ws.getConfiguration())) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("papageno");
        client.configuration(new ConfigurationParams(List.of(item))).whenComplete((values, err) -> {
            if (err == null && values != null && !values.isEmpty() && values.get(0) instanceof JsonElement e
                    && e.isJsonObject()) {
                useSettings(Settings.from(e, initSettings));
            }
        });
    }

    private final WorkspaceService workspaceService = new WorkspaceService() {

        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            Object s = params.getSettings();
            if (s instanceof JsonElement e && e.isJsonObject() && e.getAsJsonObject().has("papageno")) {
                useSettings(Settings.from(e, initSettings));
            }
            pullSettings();
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            boolean relevant = false;
            for (FileEvent e : params.getChanges()) {
                String u = e.getUri();
                relevant |= u.endsWith(".yml") || u.endsWith(".yaml");
            }
            if (relevant) {
                requests.execute(PapagenoServer.this::refreshConfigsQuietly);
            }
        }

        @Override
        public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
            List<Path> now = new ArrayList<>(workspaceFolders);
            if (params.getEvent() != null) {
                for (WorkspaceFolder f : params.getEvent().getRemoved()) {
                    path(f.getUri()).ifPresent(now::remove);
                }
                for (WorkspaceFolder f : params.getEvent().getAdded()) {
                    path(f.getUri()).ifPresent(now::add);
                }
            }
            workspaceFolders = List.copyOf(now);
        }

        @Override
        public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
            if (!CodeActions.DISABLE_IN_CONFIG.equals(params.getCommand()) || params.getArguments() == null
                    || params.getArguments().size() != 2) {
                return CompletableFuture.completedFuture(null);
            }
            String uri = argument(params.getArguments().get(0));
            String rule = argument(params.getArguments().get(1));
            return CompletableFuture.supplyAsync(() -> {
                turnOffInConfig(uri, rule);
                return null;
            }, requests);
        }
    };

    /**
     * Switches a rule off in the config that applies to a document: the nearest
     * {@code .papageno.yml}, edited in place with its comments kept, or a new one in the workspace
     * folder that holds the document.
     */
    void turnOffInConfig(String uri, String rule) {
        OpenDocument doc = documents.get(uri);
        Path folder = doc != null ? folderOf(doc)
                : path(uri).map(Path::getParent).orElse(workspaceFolders.isEmpty() ? Path.of("") : workspaceFolders.get(0));
        Optional<Path> existing = ConfigLoader.find(folder);
        Path target = existing.orElseGet(() -> workspaceFolderOf(folder).resolve(ConfigLoader.FILE_NAMES.get(0)));
        try {
            String before = existing.isPresent() ? Files.readString(target, StandardCharsets.UTF_8) : "";
            if (existing.isPresent()) {
                ConfigLoader.parse(before, target.toString(), target.toAbsolutePath().getParent());
            }
            Optional<String> after = ConfigEditor.turnOff(before, rule);
            if (after.isEmpty()) {
                message(MessageType.Error, "Papageno: cannot add " + rule + ": off to " + target
                        + "; add it under rules: by hand.");
                return;
            }
            Config check = ConfigLoader.parse(after.get(), target.toString(), target.toAbsolutePath().getParent());
            if (check.rules().get(rule) != RuleSetting.OFF) {
                message(MessageType.Error, "Papageno: cannot switch " + rule + " off in " + target
                        + "; add it under rules: by hand.");
                return;
            }
            byte[] bytes = after.get().getBytes(StandardCharsets.UTF_8);
            if (existing.isPresent()) {
                AtomicFiles.replace(target, bytes);
            } else {
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (ConfigException e) {
            message(MessageType.Error, "Papageno: " + e.getMessage() + " (fix it, then try again)");
            return;
        } catch (IOException e) {
            message(MessageType.Error, "Papageno: cannot write " + target + ": " + e.getMessage());
            return;
        }
        refreshConfigs();
    }

    private Path workspaceFolderOf(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path best = null;
        for (Path w : workspaceFolders) {
            Path ww = w.toAbsolutePath().normalize();
            if (abs.startsWith(ww) && (best == null || ww.getNameCount() > best.getNameCount())) {
                best = ww;
            }
        }
        return best != null ? best : abs;
    }

    /** Reports broken and mended configs to the user: a diagnostic on the file and a message, once. */
    private final class ConfigReports implements Linters.Listener {

        @Override
        public void configBroken(Path config, ConfigException error, String fallback) {
            Path file = fileOf(error, config);
            Diagnostic d = new Diagnostic(rangeOf(file, error), error.detail(), DiagnosticSeverity.Error,
                    Diagnostics.SOURCE, "config");
            publish(new PublishDiagnosticsParams(file.toUri().toString(), List.of(d)));
            message(MessageType.Error, "Papageno: " + error.getMessage() + ". Until it is fixed, drafts are checked"
                    + " with " + fallback + ".");
        }

        @Override
        public void configMended(Path config, ConfigException earlier) {
            publish(new PublishDiagnosticsParams(fileOf(earlier, config).toUri().toString(), List.of()));
            message(MessageType.Info, "Papageno: " + config + " loads again.");
        }

        @Override
        public void settingRejected(String message) {
            message(MessageType.Warning, "Papageno: " + message + "; using the config's.");
        }

        private Path fileOf(ConfigException e, Path config) {
            if (e.file() != null) {
                Path p = Path.of(e.file());
                if (!p.isAbsolute()) {
                    p = config.toAbsolutePath().getParent().resolve(p);
                }
                if (Files.isRegularFile(p)) {
                    return p.toAbsolutePath().normalize();
                }
            }
            return config.toAbsolutePath().normalize();
        }

        private Range rangeOf(Path file, ConfigException e) {
            if (e.line() <= 0) {
                return new Range(new Position(0, 0), new Position(0, 0));
            }
            int line = e.line() - 1;
            int col = Math.max(0, e.column() - 1);
            int end = col;
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (line < lines.size()) {
                    end = Math.max(col, lines.get(line).length());
                }
            } catch (IOException | RuntimeException ignored) {
                // The position alone will do.
            }
            return new Range(new Position(line, col), new Position(line, end));
        }
    }

    // ---- helpers

    private boolean isConfig(String uri) {
        return path(uri).map(p -> p.getFileName() != null && ConfigLoader.FILE_NAMES.contains(p.getFileName()
                .toString())).orElse(false);
    }

    private boolean documentChanges() {
        var ws = capabilities.getWorkspace();
        return ws != null && ws.getWorkspaceEdit() != null
                && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
    }

    private boolean markdownHovers() {
        var td = capabilities.getTextDocument();
        if (td == null || td.getHover() == null || td.getHover().getContentFormat() == null) {
            return true;
        }
        return td.getHover().getContentFormat().contains(MarkupKind.MARKDOWN);
    }

    private void publish(PublishDiagnosticsParams p) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(p);
        }
    }

    private void message(MessageType type, String text) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(type, text));
        }
    }

    private void log(String text) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(MessageType.Warning, "papageno: " + text));
        }
    }

    private static List<Path> folders(InitializeParams params) {
        List<Path> out = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                path(f.getUri()).ifPresent(out::add);
            }
        }
        if (out.isEmpty() && params.getRootUri() != null) {
            path(params.getRootUri()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The file a {@code file:} URI names; empty for other schemes (unsaved buffers). */
    static Optional<Path> path(String uri) {
        if (uri == null || !uri.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(uri)).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String argument(Object o) {
        if (o instanceof JsonPrimitive p) {
            return p.getAsString();
        }
        return String.valueOf(o);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
