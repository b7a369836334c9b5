package com.erefiber.vicvil.config;

import java.util.Objects;

/** A credential: its text is reachable only through {@link #reveal()}, never through toString, logs or JSON. */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps a credential read from the config or the environment. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The credential itself, for the one place that sends it (an HTTP header, an SMTP login). */
    public String reveal() {
        return value;
    }

    /** True when the credential is empty (a placeholder left unset). */
    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return "********";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
