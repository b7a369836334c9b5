package com.erefiber.vicvil.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few threads for reads that do not depend on each other (lists, the pages of a list), so that their round trips
 * overlap. Bounded ({@code safety.max_concurrency}) so that no server sees more than that many requests of one run
 * at once; the threads are daemons that end when idle, so a pool nobody shuts down never holds the JVM.
 */
public final class ReadPool {
    private ReadPool() {}

    /** A pool of at most {@code threads} threads (at least one), named after {@code name}. */
    public static ExecutorService of(String name, int threads) {
        int size = Math.max(1, threads);
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(size, size, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * The result of a read started on a pool, waited for to the end (a read is bounded by its request timeouts; an
     * interrupt is kept for the caller); its failure is thrown as it was thrown on the pool's thread.
     */
    public static <T> T join(Future<T> read) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return read.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw unchecked(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "vicvil-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
