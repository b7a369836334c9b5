package com.erefiber.vicvil.http;

/** Short, single-line excerpts of response bodies for error messages. */
final class Snippets {
    private static final int MAX = 200;

    private Snippets() {}

    static String of(String body) {
        if (body == null) {
            return "";
        }
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
