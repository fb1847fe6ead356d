package dev.papageno.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor as the tests play it: it records what the server publishes and says, and answers its requests. */
public final class TestClient implements LanguageClient {

    private static final long WAIT_SECONDS = 60;

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();
    private final List<PublishDiagnosticsParams> seen = new ArrayList<>();

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        messages.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
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

    /** The next diagnostics published for {@code uri} that match, skipping others; fails after a minute. */
    synchronized PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> wanted) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < end) {
            try {
                PublishDiagnosticsParams p = diagnostics.poll(200, TimeUnit.MILLISECONDS);
                if (p == null) {
                    continue;
                }
                seen.add(p);
                if (p.getUri().equals(uri) && wanted.test(p)) {
                    return p;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching diagnostics for " + uri + "; published: " + seen);
    }

    /** The next message shown that matches; fails after a minute. */
    MessageParams awaitMessage(Predicate<MessageParams> wanted) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        List<MessageParams> other = new ArrayList<>();
        while (System.nanoTime() < end) {
            try {
                MessageParams m = messages.poll(200, TimeUnit.MILLISECONDS);
                if (m != null && wanted.test(m)) {
                    return m;
                }
                if (m != null) {
                    other.add(m);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching message; shown: " + other);
    }
}
