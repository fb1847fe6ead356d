package dev.papageno.lsp;

import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import dev.papageno.core.source.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * A document the editor has open: its text as the editor holds it, its version, and the state of
 * its linting. Changes come in on the protocol thread; linting jobs read snapshots. Everything
 * mutable is guarded by this object's monitor, and so is publishing its diagnostics, so that a
 * result for an older version, or for a closed document, is never published.
 */
final class OpenDocument {

    final String uri;
    final Optional<Path> path;
    final InputFormat format;
    private final String name;

    private String text;
    private int version;
    private SourceText source;
    private boolean closed;

    /** Set while a linting job for this document runs. */
    boolean running;
    /** Whether the document changed while a job ran, so another must follow. */
    boolean again;
    /** The debounce timer of the next job, if one is waiting. */
    ScheduledFuture<?> pending;
    /** The findings of the last version linted and published. */
    Results results;
    private final List<Waiter> waiters = new ArrayList<>();

    OpenDocument(String uri, Optional<Path> path, InputFormat format, String text, int version) {
        this.uri = uri;
        this.path = path;
        this.format = format;
        this.name = path.map(p -> p.getFileName() == null ? uri : p.getFileName().toString()).orElse(uri);
        this.text = text;
        this.version = version;
    }

    /** The name the linter reports it under. */
    String name() {
        return name;
    }

    synchronized int version() {
        return version;
    }

    synchronized String text() {
        return text;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** The current text, with its line index. */
    synchronized SourceText source() {
        if (source == null) {
            source = SourceText.of(name, text);
        }
        return source;
    }

    /** Applies the editor's changes, in order: whole-text ones and ranged (incremental) ones. */
    synchronized void change(List<TextDocumentContentChangeEvent> changes, int newVersion) {
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                text = c.getText();
            } else {
                SourceText s = SourceText.of(name, text);
                TextRange r = Positions.textRange(s, c.getRange());
                text = text.substring(0, r.start()) + c.getText() + text.substring(r.end());
            }
            source = null;
        }
        version = newVersion;
    }

    synchronized void replaceText(String newText) {
        text = newText;
        source = null;
    }

    /** Marks it closed; waiting requests get no results. */
    synchronized void close() {
        closed = true;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        for (Waiter w : waiters) {
            w.future.complete(null);
        }
        waiters.clear();
    }

    /**
     * The results for the current version, when they are there: at once if they already are,
     * otherwise when the job linting this version (or a later one) is done.
     */
    synchronized CompletableFuture<Results> currentResults() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        if (results != null && results.version() >= version) {
            return CompletableFuture.completedFuture(results);
        }
        CompletableFuture<Results> f = new CompletableFuture<>();
        waiters.add(new Waiter(version, f));
        return f;
    }

    /** Records published results and hands them to the requests waiting for them. */
    synchronized void resultsPublished(Results r) {
        results = r;
        waiters.removeIf(w -> {
            if (w.version <= r.version()) {
                w.future.complete(r);
                return true;
            }
            return false;
        });
    }

    private record Waiter(int version, CompletableFuture<Results> future) {
    }
}
