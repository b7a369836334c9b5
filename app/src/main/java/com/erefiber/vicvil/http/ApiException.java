package com.erefiber.vicvil.http;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.util.Optional;

/**
 * A failed API call: method, path, HTTP status (absent for I/O errors) and a short body snippet.
 * It never carries a credential: headers are not kept, and token responses keep no snippet.
 */
public final class ApiException extends VicvilException {
    private final String api;
    private final String method;
    private final String path;
    private final Integer status;
    private final String snippet;

    ApiException(
            String api, String method, String path, Integer status, String snippet, String problem, Throwable cause) {
        this(exitCodeFor(status, cause), api, method, path, status, snippet, problem, cause);
    }

    private ApiException(
            int exitCode,
            String api,
            String method,
            String path,
            Integer status,
            String snippet,
            String problem,
            Throwable cause) {
        super(exitCode, describe(api, method, path, status, snippet, problem), cause);
        this.api = api;
        this.method = method;
        this.path = path;
        this.status = status;
        this.snippet = snippet;
    }

    /** A non-2xx answer. */
    static ApiException status(String api, String method, String path, int status, String snippet) {
        return new ApiException(api, method, path, status, snippet, null, null);
    }

    /** No answer: connection refused, timeout, reset. */
    static ApiException io(String api, String method, String path, Throwable cause) {
        return new ApiException(
                api,
                method,
                path,
                null,
                "",
                "unreachable (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")",
                cause);
    }

    /** A 2xx answer whose body is not what the API promises (malformed JSON, an HTML page, a missing field). */
    public static ApiException malformed(
            String api, String method, String path, int status, String snippet, String problem) {
        return new ApiException(api, method, path, status, snippet, problem, null);
    }

    /**
     * A 2xx answer that is shorter than it says (an empty page before the last, fewer items than its total): an
     * upstream failure (exit 75), never "there is nothing" (DESIGN §3, evidence before harm).
     */
    public static ApiException incomplete(String api, String method, String path, int status, String problem) {
        return new ApiException(
                ExitCodes.TEMPFAIL,
                api,
                method,
                path,
                status,
                "",
                problem + " (an incomplete answer: nothing was changed; the next run reads again)",
                null);
    }

    private static int exitCodeFor(Integer status, Throwable cause) {
        if (status == null || status == 429 || status >= 500) {
            return ExitCodes.TEMPFAIL;
        }
        if (status == 401 || status == 403) {
            return ExitCodes.CONFIG;
        }
        return ExitCodes.ATTENTION;
    }

    private static String describe(
            String api, String method, String path, Integer status, String snippet, String problem) {
        StringBuilder text =
                new StringBuilder(api).append(' ').append(method).append(' ').append(path);
        if (status != null) {
            text.append(": HTTP ").append(status);
            if (status == 401 || status == 403) {
                text.append(" (check the ").append(api).append(" credentials)");
            }
        }
        if (problem != null) {
            text.append(": ").append(problem);
        }
        if (snippet != null && !snippet.isEmpty()) {
            text.append(": ").append(snippet);
        }
        return text.toString();
    }

    /** Which API answered ("Innago", "UISP CRM", "UISP NMS"). */
    public String api() {
        return api;
    }

    public String method() {
        return method;
    }

    /** The request path (no query string, no host). */
    public String path() {
        return path;
    }

    /** The HTTP status, or empty when no answer came. */
    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** The start of the response body, whitespace collapsed. */
    public String snippet() {
        return snippet;
    }

    /** True for 404 answers. */
    public boolean isNotFound() {
        return status != null && status == 404;
    }

    /** True for 401 answers. */
    public boolean isUnauthorized() {
        return status != null && status == 401;
    }
}
