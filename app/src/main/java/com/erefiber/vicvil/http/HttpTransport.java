package com.erefiber.vicvil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport every client uses: java.net.http with connect and request timeouts, redirects
 * never followed (credentials must not travel to another host), and Failsafe retries with exponential
 * back-off and jitter on I/O errors, 5xx and 429 (honouring Retry-After). Other 4xx are never retried.
 */
public final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpClient client;
    private final HttpSettings settings;
    private final ObjectMapper mapper;
    private final Consumer<ApiRequest> observer;

    /**
     * @param observer sees every request attempt (for request counting); may do nothing
     */
    public HttpTransport(HttpSettings settings, ObjectMapper mapper, Consumer<ApiRequest> observer) {
        this.settings = settings;
        this.mapper = mapper;
        this.observer = observer;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.caFile().isPresent()) {
            builder.sslContext(TrustedCa.context(settings.caFile().get()));
        } else if (!settings.tls()) {
            // Without a context of its own (and its parameters) the client asks for the JDK's default one, which
            // loads the CA store and every security provider: a cost each cron run would pay for plain http.
            builder.sslContext(new PlainHttpOnly()).sslParameters(new SSLParameters());
        }
        this.client = builder.build();
    }

    /** A transport with default settings and no observer. */
    public HttpTransport(ObjectMapper mapper) {
        this(HttpSettings.defaults(), mapper, request -> {});
    }

    /** The JSON mapper the clients share. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Sends a request, retrying what is safe to retry; returns a 2xx answer or throws {@link ApiException}
     * (a non-2xx answer, or no answer after the last attempt).
     */
    public ApiResponse send(String api, ApiRequest request) {
        HttpRequest httpRequest = toHttpRequest(request);
        RetryPolicy<HttpResponse<String>> policy = RetryPolicy.<HttpResponse<String>>builder()
                .handleIf((response, failure) -> shouldRetry(request, response, failure))
                .withBackoff(settings.baseDelay(), settings.maxDelay())
                .withJitter(0.25)
                .withDelayFn(context -> retryAfter(context.getLastResult()))
                .withMaxAttempts(Math.max(1, settings.maxAttempts()))
                .onRetry(event -> LOG.debug(
                        "{} {} {}: retrying (attempt {})",
                        api,
                        request.method(),
                        request.path(),
                        event.getAttemptCount() + 1))
                .build();
        HttpResponse<String> response;
        try {
            response = Failsafe.with(policy).get(() -> attempt(request, httpRequest));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw ApiException.io(api, request.method(), request.path(), cause);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String snippet = request.sensitiveResponse() ? "" : Snippets.of(response.body(), request);
            throw ApiException.status(api, request.method(), request.path(), status, snippet);
        }
        return new ApiResponse(api, request, status, response.headers(), response.body(), mapper);
    }

    private HttpResponse<String> attempt(ApiRequest request, HttpRequest httpRequest)
            throws IOException, InterruptedException {
        observer.accept(request);
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        LOG.debug(
                "{} {} -> {} in {} ms",
                request.method(),
                request.path(),
                response.statusCode(),
                (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    private static boolean shouldRetry(ApiRequest request, HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            return request.retrySafe() && failure instanceof IOException;
        }
        int status = response.statusCode();
        // 429 means the request was turned away unprocessed, so even an unsafe POST may be resent.
        return status == 429 || (status >= 500 && request.retrySafe());
    }

    private Duration retryAfter(HttpResponse<String> response) {
        if (response == null || response.statusCode() != 429) {
            return Duration.ofMillis(-1);
        }
        Optional<String> header = response.headers().firstValue("Retry-After");
        try {
            long seconds = Long.parseLong(header.orElse("").strip());
            Duration wait = Duration.ofSeconds(Math.max(0, seconds));
            return wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait;
        } catch (NumberFormatException e) {
            return Duration.ofMillis(-1);
        }
    }

    private HttpRequest toHttpRequest(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "vicvil");
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher body =
                request.body().map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody());
        if (request.body().isPresent()) {
            builder.header("Content-Type", request.contentType());
        }
        return builder.method(request.method(), body).build();
    }
}
