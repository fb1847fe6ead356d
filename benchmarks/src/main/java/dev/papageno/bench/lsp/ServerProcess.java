package dev.papageno.bench.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One {@code papageno lsp} process and the editor connected to it over its standard input and
 * output. Its standard error goes to a file, shown when something goes wrong.
 */
final class ServerProcess implements AutoCloseable {

    private static final long WAIT_MILLIS = 60_000;

    final RecordingClient client = new RecordingClient();
    final long startedNanos;
    private final Process process;
    private final Path stderr;
    private final Path workspace;
    private final ExecutorService messages = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-bench-jsonrpc");
        t.setDaemon(true);
        return t;
    });
    private LanguageServer server;
    private long initializeSentNanos;

    private ServerProcess(Process process, long startedNanos, Path stderr, Path workspace) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.stderr = stderr;
        this.workspace = workspace;
    }

    /** Starts the server with this command line, in a fresh empty workspace folder. */
    static ServerProcess start(List<String> command) throws IOException {
        Path workspace = Files.createTempDirectory("papageno-lsp-bench");
        Path stderr = Files.createTempFile("papageno-lsp-bench", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
        long started = System.nanoTime();
        Process p = pb.start();
        return new ServerProcess(p, started, stderr, workspace);
    }

    /** Sends {@code initialize} with these options (a JSON object or null) and then {@code initialized}. */
    void initialize(Object initializationOptions) throws Exception {
        Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>()
                .setLocalService(client)
                .setRemoteInterface(LanguageServer.class)
                .setInput(process.getInputStream())
                .setOutput(process.getOutputStream())
                .setExecutorService(messages)
                .create();
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "drafts")));
        init.setCapabilities(new ClientCapabilities());
        init.setInitializationOptions(initializationOptions);
        initializeSentNanos = System.nanoTime();
        server.initialize(init).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        server.initialized(new InitializedParams());
    }

    long initializeSentNanos() {
        return initializeSentNanos;
    }

    /** Opens a Markdown draft at version 1 and returns its URI. */
    String open(String name, String text) {
        String uri = workspace.resolve(name).toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, text)));
        return uri;
    }

    /** Inserts {@code text} at the start of a line, as typing there does; returns when it was sent. */
    long insert(String uri, int version, int line, String text) {
        Position at = new Position(line, 0);
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(at, at), text);
        long sent = System.nanoTime();
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
        return sent;
    }

    /** When the diagnostics of this version of the document arrived. */
    long diagnosed(String uri, int version) throws InterruptedException {
        try {
            return client.await(uri, version, WAIT_MILLIS).nanoTime();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nserver's standard error:\n" + stderrText(), e);
        }
    }

    /** The server's resident memory from {@code /proc/PID/status} ({@code VmRSS}), in KiB; empty without /proc. */
    OptionalLong residentKiB() {
        return ProcStatus.kib(process.pid(), "VmRSS");
    }

    /** The peak resident memory so far ({@code VmHWM}), in KiB; empty without /proc. */
    OptionalLong peakResidentKiB() {
        return ProcStatus.kib(process.pid(), "VmHWM");
    }

    String stderrText() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Sends {@code shutdown} and {@code exit} and returns the exit code. */
    int shutDown() throws Exception {
        server.shutdown().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        server.exit();
        if (!process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the server did not end after exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        messages.shutdownNow();
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(stderr);
        Files.deleteIfExists(workspace);
    }
}
