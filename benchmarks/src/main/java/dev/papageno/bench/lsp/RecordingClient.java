package dev.papageno.bench.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor's side: notes when diagnostics arrive for each document and version, and answers the
 * server's requests as an editor without settings does.
 */
final class RecordingClient implements LanguageClient {

    /**
     * Diagnostics as they arrived.
     *
     * @param version  the document version they are for, -1 when the server gave none
     * @param count    how many diagnostics
     * @param nanoTime when they arrived ({@link System#nanoTime()})
     */
    record Arrival(int version, int count, long nanoTime) {
    }

    private final Map<String, List<Arrival>> arrivals = new HashMap<>();
    private final List<String> messages = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        long now = System.nanoTime();
        int version = params.getVersion() == null ? -1 : params.getVersion();
        arrivals.computeIfAbsent(params.getUri(), u -> new ArrayList<>())
                .add(new Arrival(version, params.getDiagnostics().size(), now));
        notifyAll();
    }

    /**
     * The first diagnostics for this version of the document (or a later one), waiting up to
     * {@code timeoutMillis} for them.
     */
    synchronized Arrival await(String uri, int version, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            for (Arrival a : arrivals.getOrDefault(uri, List.of())) {
                if (a.version() >= version) {
                    return a;
                }
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("no diagnostics for version " + version + " of " + uri
                        + " within " + timeoutMillis + " ms; got " + arrivals.get(uri) + "; messages " + messages);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
        messages.add(params.getType() + ": " + params.getMessage());
    }

    @Override
    public synchronized void logMessage(MessageParams params) {
        messages.add(params.getType() + ": " + params.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> none = new ArrayList<>();
        params.getItems().forEach(i -> none.add(null));
        return CompletableFuture.completedFuture(none);
    }
}
