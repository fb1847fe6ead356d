package dev.papageno.lsp;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the language server over a pair of streams until the client sends {@code exit} or closes
 * either pipe. Either is a clean end: nothing is logged for it.
 *
 * <pre>{@code
 * int code = PapagenoLsp.runOnStandardStreams();   // papageno lsp
 * System.exit(code);
 * }</pre>
 */
public final class PapagenoLsp {

    private PapagenoLsp() {
    }

    /**
     * Serves the protocol on standard input and output. Standard output carries the protocol
     * alone: anything else written to {@code System.out} meanwhile goes to standard error.
     *
     * @return the exit code: 0 after {@code shutdown} and {@code exit}, 1 when the client left without
     *         {@code shutdown}
     */
    public static int runOnStandardStreams() {
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
        System.setOut(System.err);
        return run(System.in, protocol);
    }

    /** Serves the protocol on these streams and returns the exit code. */
    public static int run(InputStream in, OutputStream out) {
        return run(new PapagenoServer(), in, out);
    }

    static int run(PapagenoServer server, InputStream in, OutputStream out) {
        ExecutorService messages = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "papageno-lsp-jsonrpc");
            t.setDaemon(true);
            return t;
        });
        // The editor closing the pipes ends the session as closing its end of the input does.
        ClientPipes pipes = new ClientPipes(in, out, server::clientGone);
        try {
            Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(pipes.input())
                    .setOutput(pipes.output())
                    .setExecutorService(messages)
                    .create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            CompletableFuture.runAsync(() -> {
                try {
                    listening.get();
                } catch (Exception ignored) {
                    // The input ended or failed: the client is gone.
                }
                server.clientGone();
            }, messages);
            int code = server.exitCode().join();
            listening.cancel(true);
            return code;
        } finally {
            messages.shutdownNow();
        }
    }
}
