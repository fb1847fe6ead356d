package dev.papageno.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * Bounds the drafts linted at once by their size, not only by their number: linting takes tens of
 * times a draft's size in memory, so large drafts wait for room (a draft larger than the whole
 * budget runs alone) while small ones still run side by side. Fair, so a large draft is not
 * starved by a stream of small ones.
 */
final class MemoryBudget {

    /** How many times its size a draft may take in memory while it is linted, at most. */
    static final int BYTES_PER_DRAFT_BYTE = 40;

    private final Semaphore permits;
    private final int total;

    /** A budget of {@code heapBytes} of memory for drafts in flight, counted in kilobytes of draft. */
    MemoryBudget(long heapBytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / BYTES_PER_DRAFT_BYTE / 1024));
        this.permits = new Semaphore(total, true);
    }

    /** The budget for this JVM's maximum heap. */
    static MemoryBudget forHeap() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory());
    }

    /** Waits for room for a draft; returns what to give back with {@link #release}. */
    int acquire(Path draft) {
        long size;
        try {
            size = Files.size(draft);
        } catch (IOException | RuntimeException e) {
            size = 0;
        }
        int need = (int) Math.min(total, Math.max(1, size / 1024));
        permits.acquireUninterruptibly(need);
        return need;
    }

    void release(int taken) {
        permits.release(taken);
    }
}
