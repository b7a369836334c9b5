package com.erefiber.vicvil.core;

import java.util.function.Supplier;

/** A value computed on first use and kept (e.g. a list read only when an action needs it). Thread-safe. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> source;
    private T value;

    private Lazy(Supplier<T> source) {
        this.source = source;
    }

    public static <T> Lazy<T> of(Supplier<T> source) {
        return new Lazy<>(source);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = source.get();
        }
        return value;
    }
}
