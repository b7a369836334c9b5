package com.erefiber.vicvil.core;

import com.erefiber.vicvil.http.ReadPool;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value computed once, on first use or ahead of it on another thread ({@link #start}), and kept (e.g. a list read
 * only when an action needs it). Thread-safe: whoever asks while it is being computed waits for that computation,
 * and a failure is kept and thrown to every caller, so a failed read is never silently repeated.
 */
public final class Lazy<T> implements Supplier<T> {
    private final FutureTask<T> task;
    private final AtomicBoolean started = new AtomicBoolean();

    private Lazy(Supplier<T> source) {
        this.task = new FutureTask<>(source::get);
    }

    public static <T> Lazy<T> of(Supplier<T> source) {
        return new Lazy<>(source);
    }

    /**
     * Starts computing {@code values}, in their order, on a pool of their own (at most {@code threads} at once, named
     * after {@code name}), each unless it is already computed or under way; the pool's threads end once those are
     * done, so nobody need shut it down.
     */
    public static void startAll(String name, int threads, List<? extends Lazy<?>> values) {
        ExecutorService pool = ReadPool.of(name, threads);
        try {
            values.forEach(value -> value.start(pool));
        } finally {
            // No more tasks: the threads end once the computations started are done.
            pool.shutdown();
        }
    }

    /** Starts computing the value on {@code executor} unless it is already computed or under way. */
    public void start(Executor executor) {
        if (!task.isDone() && started.compareAndSet(false, true)) {
            executor.execute(task);
        }
    }

    @Override
    public T get() {
        // Computes here when no thread has started it; otherwise a no-op, and join waits for that thread.
        task.run();
        return ReadPool.join(task);
    }
}
