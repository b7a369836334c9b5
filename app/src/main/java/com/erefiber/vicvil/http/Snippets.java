package com.erefiber.vicvil.http;

/** Short, single-line excerpts of response bodies for error messages, with the request's credentials masked. */
final class Snippets {
    private static final int MAX = 200;
    /** Shorter header words ("Bearer", "Basic") are schemes, not secrets. */
    private static final int MIN_SECRET = 8;

    private Snippets() {}

    private static String collapse(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }

    /**
     * The excerpt of an answer to {@code request}. Every header a client adds carries a credential
     * (Authorization, api keys), so any of them an error page echoes back is masked before it can reach a
     * message; masking happens before truncation so no partial secret survives at the cut.
     */
    static String of(String body, ApiRequest request) {
        if (body == null) {
            return "";
        }
        String masked = body;
        for (String value : request.headers().values()) {
            masked = mask(masked, value);
            for (String word : value.split("\\s+")) {
                masked = mask(masked, word);
            }
        }
        return collapse(masked);
    }

    private static String mask(String text, String secret) {
        return secret.length() < MIN_SECRET ? text : text.replace(secret, "********");
    }
}
