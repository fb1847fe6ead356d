package dev.papageno.core;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a {@link Linter} lints on, started on first use: daemon threads with a deep stack,
 * because deeply nested drafts make deep parse trees. A failure inside a task comes back as the
 * task's own runtime exception, or as a {@link Linter.LintFailure} naming what was being linted.
 */
final class LintWorkers implements AutoCloseable {

    /** Stack size of linting threads: deeply nested drafts make deep parse trees. */
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    private final int threads;
    private volatile ExecutorService pool;

    LintWorkers(int threads) {
        this.threads = threads;
    }

    /** How many tasks run at once. */
    int threads() {
        return threads;
    }

    /** Starts a task on a linting thread. */
    <T> Future<T> submit(Callable<T> task) {
        return pool().submit(task);
    }

    /** Runs a task on a linting thread and waits for it. */
    <T> T run(Callable<T> task, String what) {
        return await(submit(task), what);
    }

    /** The task's result, or its failure as an unchecked exception naming {@code what}. */
    static <T> T await(Future<T> f, String what) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Linter.LintFailure("interrupted while linting " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new Linter.LintFailure("internal error while linting " + what + ": " + cause, cause);
        }
    }

    private ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    AtomicInteger n = new AtomicInteger();
                    ThreadFactory tf = r -> {
                        Thread t = new Thread(null, r, "papageno-lint-" + n.incrementAndGet(), WORKER_STACK_BYTES);
                        t.setDaemon(true);
                        return t;
                    };
                    p = Executors.newFixedThreadPool(threads, tf);
                    pool = p;
                }
            }
        }
        return p;
    }

    @Override
    public void close() {
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }
}
