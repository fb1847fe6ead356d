package dev.papageno.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** Starts a task on a linting thread. */
    <T> Future<T> submit(Callable<T> task) {
        return pool().submit(task);
    }

    /** Runs a task on a linting thread and waits for it. */
    <T> T run(Callable<T> task, String what) {
        return await(submit(task), what);
    }

    /**
     * Runs {@code task} for each item on the linting threads and hands the results to
     * {@code inOrder} in item order, each as soon as it and every item before it are done. When
     * {@code inOrder} throws, the tasks not yet done are cancelled.
     *
     * @param name what an item is called in a failure's message
     */
    <T, R> void inOrder(List<T> items, Function<T, String> name, Function<T, R> task, Consumer<R> inOrder) {
        if (items.size() <= 1 || threads == 1) {
            for (T item : items) {
                inOrder.accept(run(() -> task.apply(item), name.apply(item)));
            }
            return;
        }
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(submit(() -> task.apply(item)));
        }
        try {
            for (int i = 0; i < futures.size(); i++) {
                R r = await(futures.get(i), name.apply(items.get(i)));
                futures.set(i, null);
                inOrder.accept(r);
            }
        } finally {
            for (Future<R> f : futures) {
                if (f != null) {
                    f.cancel(true);
                }
            }
        }
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
