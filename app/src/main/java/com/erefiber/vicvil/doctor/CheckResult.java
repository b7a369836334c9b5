package com.erefiber.vicvil.doctor;

/** The outcome of one check: passed or not, with a one-line detail. */
public record CheckResult(String name, boolean ok, String detail) {

    /** The checklist line: {@code ✔ name: detail} or {@code ✘ name: detail}. */
    public String line() {
        return (ok ? "✔ " : "✘ ") + name + ": " + detail;
    }
}
