package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * One loopback HTTP server hosting fake APIs by path prefix. Per request: find the route, apply faults,
 * check credentials, run the handler under the world's lock, render failures in the API's dialect, log.
 */
final class ApiServer implements AutoCloseable {
    private static final String TRUNCATED_JSON = "{\"data\":{\"list\":[{\"leaseUid\":\"4f879e0d-7edd-d391";
    private static final String HTML_PAGE = "<html>\r\n<head><title>%1$d %2$s</title></head>\r\n<body>\r\n"
            + "<center><h1>%1$d %2$s</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** Answers the request log's counts on either port, unlogged and without faults, for benchmarks. */
    static final String STATS_PATH = "/sandbox/requests";

    private final HttpServer server;
    private final List<FakeApi> apis;
    /** Each API's routes, built once. */
    private final Map<FakeApi, List<Route>> routes = new IdentityHashMap<>();

    private final World world;
    private final RequestLog log;
    private final Faults faults;

    private ApiServer(HttpServer server, List<FakeApi> apis, World world, RequestLog log, Faults faults) {
        this.server = server;
        this.apis = apis;
        apis.forEach(api -> routes.put(api, api.routes()));
        this.world = world;
        this.log = log;
        this.faults = faults;
    }

    /** Binds 127.0.0.1:{@code port} (0 = any free port) and starts serving on {@code executor}. */
    static ApiServer start(
            int port, List<FakeApi> apis, World world, RequestLog log, Faults faults, ExecutorService executor)
            throws IOException {
        // The JDK server writes headers and body in two packets; without TCP_NODELAY every answer waits out
        // the client's delayed ACK (~40 ms). The JDK reads this switch once, when its first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ApiServer api = new ApiServer(server, List.copyOf(apis), world, log, faults);
        server.createContext("/", api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    /** {@code http://127.0.0.1:<port>}. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            FakeRequest request = read(exchange);
            if (request.method().equals("GET") && request.path().equals(STATS_PATH)) {
                send(exchange, stats());
                return;
            }
            Optional<FakeApi> api = apis.stream()
                    .filter(a -> request.path().startsWith(a.prefix()))
                    .findFirst();
            Optional<Route> route = api.flatMap(a -> route(routes.get(a), request));
            String endpoint = route.map(Route::endpoint).orElse(request.method() + " " + request.path());
            String apiName = api.map(FakeApi::name).orElse("unknown");

            Faults.Decision fault =
                    faults.decide(request.method(), request.path(), request.paramIgnoreCase("pageNumber"));
            sleep(fault.latency());
            if (fault.kind() == Faults.Kind.HANG) {
                log(request, apiName, endpoint, 0, "fault: hang");
                awaitRelease(fault.hangRelease());
                return;
            }
            Outcome outcome =
                    fault.kind() == null || fault.kind() == Faults.Kind.DROP || fault.kind() == Faults.Kind.EMPTY_PAGE
                            ? answer(api, route, request)
                            : new Outcome(
                                    injected(api, fault),
                                    "fault: " + fault.kind().name().toLowerCase(Locale.ROOT));
            if (fault.kind() == Faults.Kind.EMPTY_PAGE) {
                outcome = new Outcome(JsonFields.withListsEmptied(outcome.reply()), "fault: empty page");
            }
            if (fault.kind() == Faults.Kind.DROP) {
                outcome = new Outcome(
                        html(502, "Bad Gateway"),
                        "fault: answer dropped after status " + outcome.reply().status());
            }
            // logged before the answer leaves, so a client that got its answer finds the request in the log
            log(request, apiName, endpoint, outcome.reply().status(), outcome.note());
            send(exchange, outcome.reply());
        }
    }

    private record Outcome(FakeReply reply, String note) {}

    /** {@code {"requests": N, "writes": N, "endpoints": {"GET /openapi/v1/leases": N, …}}}. */
    private FakeReply stats() {
        ObjectNode stats = JsonFields.object().put("requests", log.size()).put("writes", log.writes());
        ObjectNode endpoints = stats.putObject("endpoints");
        log.countsByEndpoint().forEach(endpoints::put);
        return FakeReply.json(200, stats.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Outcome answer(Optional<FakeApi> maybeApi, Optional<Route> route, FakeRequest request) {
        if (maybeApi.isEmpty()) {
            return new Outcome(FakeReply.empty(404), "");
        }
        FakeApi api = maybeApi.get();
        if (route.isEmpty()) {
            boolean pathKnown = routes.get(api).stream()
                    .anyMatch(r -> r.match(request.path()).isPresent());
            return new Outcome(
                    pathKnown
                            ? api.error(new FakeApiException(405, "Method Not Allowed", Map.of()))
                            : api.routeNotFound(request),
                    "");
        }
        try {
            if (route.get().authenticated()) {
                Optional<FakeReply> rejection = api.rejectUnauthenticated(request);
                if (rejection.isPresent()) {
                    return new Outcome(rejection.get(), "");
                }
            }
            FakeRequest matched =
                    request.withPathParams(route.get().match(request.path()).orElseThrow());
            synchronized (world) {
                world.catchUp();
                return new Outcome(route.get().handler().handle(matched), "");
            }
        } catch (FakeApiException failure) {
            return new Outcome(api.error(failure), failure.getMessage());
        } catch (RuntimeException bug) {
            return new Outcome(
                    api.error(new FakeApiException(500, "Internal Server Error", Map.of())), "sandbox error: " + bug);
        }
    }

    /** The route for the request's method and path; a literal segment beats a parameter. */
    private static Optional<Route> route(List<Route> routes, FakeRequest request) {
        return routes.stream()
                .filter(r -> r.method().equals(request.method())
                        && r.match(request.path()).isPresent())
                .min(Comparator.comparingInt(Route::parameterCount));
    }

    private static FakeReply injected(Optional<FakeApi> api, Faults.Decision fault) {
        return switch (fault.kind()) {
            case FAIL -> api.map(a -> a.error(new FakeApiException(fault.status(), "Injected fault", Map.of())))
                    .orElse(FakeReply.empty(fault.status()));
            case THROTTLE -> api.map(a -> a.error(new FakeApiException(429, "Too Many Requests.", Map.of())))
                    .orElse(FakeReply.empty(429))
                    .withHeader(
                            "Retry-After",
                            Long.toString(Math.max(0, fault.retryAfter().toSeconds())));
            case MALFORMED -> FakeReply.json(200, TRUNCATED_JSON.getBytes(StandardCharsets.UTF_8));
            case HTML -> html(fault.status(), reason(fault.status()));
            default -> throw new IllegalStateException("not a replacing fault: " + fault.kind());
        };
    }

    private static FakeReply html(int status, String reason) {
        return FakeReply.text(status, "text/html", String.format(HTML_PAGE, status, reason));
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }

    private static FakeRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.computeIfAbsent(
                        name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new FakeRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                uri.getPath(),
                uri.getRawQuery(),
                FakeRequest.parseQuery(uri.getRawQuery()),
                headers,
                body,
                Map.of());
    }

    private static void send(HttpExchange exchange, FakeReply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private void log(FakeRequest request, String api, String endpoint, int status, String note) {
        log.record(new RequestLog.Entry(
                world.now(),
                api,
                request.method(),
                request.path(),
                request.rawQuery() == null ? "" : request.rawQuery(),
                endpoint,
                status,
                note));
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitRelease(CountDownLatch release) {
        if (release == null) {
            return;
        }
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
