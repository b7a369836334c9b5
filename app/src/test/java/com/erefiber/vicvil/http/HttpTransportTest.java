package com.erefiber.vicvil.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.config.ConfigException;
import com.erefiber.vicvil.error.ExitCodes;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpTransportTest {
    private static final String OK_BODY = "{\"ok\":true}";

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpSettings settings(int maxAttempts, Duration requestTimeout) {
        return new HttpSettings(
                Duration.ofSeconds(5),
                requestTimeout,
                maxAttempts,
                Duration.ofMillis(10),
                Duration.ofSeconds(3),
                Optional.empty(),
                true);
    }

    private HttpTransport transport(HttpSettings settings) {
        return new HttpTransport(settings, Json.mapper(), request -> attempts.incrementAndGet());
    }

    private HttpTransport transport(int maxAttempts, Duration requestTimeout) {
        return transport(settings(maxAttempts, requestTimeout));
    }

    private HttpTransport transport() {
        return transport(3, Duration.ofSeconds(5));
    }

    private URI uri(String path) {
        return server.url(path).uri();
    }

    private static MockResponse answer(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private static MockResponse dropConnection() {
        return new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build();
    }

    @Test
    void a5xxIsRetriedUntilSuccess() {
        server.enqueue(answer(503, "busy"));
        server.enqueue(answer(502, "busy"));
        server.enqueue(answer(200, OK_BODY));

        ApiResponse response = transport().send("Test", ApiRequest.get(uri("/v1/things")));

        assertThat(response.json().path("ok").asBoolean()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void a5xxOnEveryAttemptBecomesATemporaryFailureWithTheStatusAndSnippet() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(answer(503, "<html>\n<body>Service   Unavailable</body>\n</html>"));
        }

        ApiException failure = catchThrowableOfType(
                () -> transport().send("Test", ApiRequest.get(uri("/v1/things?page=2"))), ApiException.class);

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
        assertThat(failure.status()).contains(503);
        assertThat(failure.path()).isEqualTo("/v1/things");
        assertThat(failure.getMessage())
                .isEqualTo("Test GET /v1/things: HTTP 503: <html> <body>Service Unavailable</body> </html>");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void a429WaitsForRetryAfterThenSucceeds() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "1")
                .build());
        server.enqueue(answer(200, OK_BODY));

        long started = System.nanoTime();
        transport().send("Test", ApiRequest.get(uri("/v1/things")));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(server.getRequestCount()).isEqualTo(2);
        // Only a lower bound: the back-off alone is 10 ms, so this proves Retry-After (1 s, minus jitter) ruled.
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void a429TurnsAPostAwayUnprocessedSoEvenAnUnsafePostIsResent() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "0")
                .build());
        server.enqueue(answer(200, OK_BODY));

        transport().send("Test", ApiRequest.json("POST", uri("/v1/invoices"), "{}"));

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aNotFoundIsNotRetried() {
        server.enqueue(answer(404, "{\"errorMessage\":\"not found\"}"));
        server.enqueue(answer(200, OK_BODY));

        ApiException failure = catchThrowableOfType(
                () -> transport().send("Test", ApiRequest.get(uri("/v1/leases/x"))), ApiException.class);

        assertThat(failure.isNotFound()).isTrue();
        assertThat(failure.exitCode()).isEqualTo(ExitCodes.ATTENTION);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPostIsNotRetriedOnA5xx() {
        server.enqueue(answer(500, "oops"));
        server.enqueue(answer(200, OK_BODY));

        ApiException failure = catchThrowableOfType(
                () -> transport().send("Test", ApiRequest.json("POST", uri("/v1/invoices"), "{}")), ApiException.class);

        assertThat(failure.status()).contains(500);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPostMarkedSafeIsRetriedOnA5xx() {
        server.enqueue(answer(500, "oops"));
        server.enqueue(answer(200, OK_BODY));

        transport()
                .send("Test", ApiRequest.json("POST", uri("/v1/invoices"), "{}").markedRetrySafe());

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPostIsNotResentAfterTheConnectionDrops() {
        server.enqueue(dropConnection());
        server.enqueue(answer(200, OK_BODY));

        ApiException failure = catchThrowableOfType(
                () -> transport().send("Test", ApiRequest.json("POST", uri("/v1/invoices"), "{}")), ApiException.class);

        assertThat(failure.status()).isEmpty();
        assertThat(failure.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
        assertThat(failure.getMessage()).startsWith("Test POST /v1/invoices: unreachable (");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aPostMarkedSafeIsResentAfterTheConnectionDrops() {
        server.enqueue(dropConnection());
        server.enqueue(answer(200, OK_BODY));

        ApiResponse response = transport()
                .send("Test", ApiRequest.json("POST", uri("/v1/invoices"), "{}").markedRetrySafe());

        assertThat(response.status()).isEqualTo(200);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aRequestTimeoutIsRetriedAndThenATemporaryFailure() {
        MockResponse slow = new MockResponse.Builder()
                .body(OK_BODY)
                .headersDelay(2, TimeUnit.SECONDS)
                .build();
        server.enqueue(slow);
        server.enqueue(slow);

        ApiException failure = catchThrowableOfType(
                () -> transport(2, Duration.ofMillis(200)).send("Test", ApiRequest.get(uri("/v1/slow"))),
                ApiException.class);

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
        assertThat(failure.status()).isEmpty();
        assertThat(failure.getMessage()).contains("HttpTimeoutException");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void malformedJsonIsAnApiExceptionNotANullPointer() {
        server.enqueue(answer(200, "{\"data\": [1, 2"));

        ApiResponse response = transport().send("Test", ApiRequest.get(uri("/v1/things")));

        assertThatThrownBy(response::json)
                .isInstanceOf(ApiException.class)
                .hasMessage("Test GET /v1/things: HTTP 200: malformed JSON: {\"data\": [1, 2");
    }

    @Test
    void anHtmlPageInsteadOfJsonIsNamedAsSuch() {
        server.enqueue(answer(200, "<!DOCTYPE html><html><body>Please log in</body></html>"));

        ApiResponse response = transport().send("Test", ApiRequest.get(uri("/v1/things")));

        assertThatThrownBy(response::json)
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("an HTML page instead of JSON")
                .hasMessageContaining("Please log in");
    }

    @Test
    void amountsKeepTheirScale() {
        server.enqueue(answer(200, "{\"amount\":500.00}"));

        ApiResponse response = transport().send("Test", ApiRequest.get(uri("/v1/things")));

        assertThat(response.json().path("amount").decimalValue().toString()).isEqualTo("500.00");
    }

    @Test
    void anEmptyBodyReadsAsAnEmptyObject() {
        server.enqueue(answer(200, ""));

        ApiResponse response = transport().send("Test", ApiRequest.get(uri("/v1/health")));

        assertThat(response.json().isObject()).isTrue();
        assertThat(response.json().size()).isZero();
    }

    @Test
    void aRedirectIsNotFollowedSoCredentialsNeverReachTheOtherHost() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(answer(200, OK_BODY));
            server.enqueue(new MockResponse.Builder()
                    .code(302)
                    .addHeader("Location", elsewhere.url("/steal").toString())
                    .build());

            ApiException failure = catchThrowableOfType(
                    () -> transport()
                            .send(
                                    "Test",
                                    ApiRequest.get(uri("/v1/things")).header("Authorization", "Bearer secret-token")),
                    ApiException.class);

            assertThat(failure.status()).contains(302);
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void headersAndBodyAreSentAsGiven() throws Exception {
        server.enqueue(answer(200, OK_BODY));

        transport()
                .send(
                        "Test",
                        ApiRequest.json("PUT", uri("/v1/map"), "{\"a\":1}").header("x-api-key", "k"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo("k");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aTokenEndpointAnswerIsNeverQuotedInTheError() {
        server.enqueue(answer(400, "{\"error\":\"invalid_grant\",\"echo\":\"password=hunter2\"}"));

        ApiException failure = catchThrowableOfType(
                () -> transport()
                        .send(
                                "Test",
                                ApiRequest.form(
                                        uri("/identity/connect/token"), "grant_type=password&password=hunter2")),
                ApiException.class);

        assertThat(failure.getMessage()).isEqualTo("Test POST /identity/connect/token: HTTP 400");
        assertThat(failure.snippet()).isEmpty();
    }

    @Test
    void credentialsAnErrorPageEchoesBackAreMasked() {
        server.enqueue(answer(400, "bad header Authorization: Bearer tok-0123456789 with x-api-key key-0123456789"));

        ApiException failure = catchThrowableOfType(
                () -> transport()
                        .send(
                                "Test",
                                ApiRequest.get(uri("/v1/x"))
                                        .header("Authorization", "Bearer tok-0123456789")
                                        .header("x-api-key", "key-0123456789")),
                ApiException.class);

        assertThat(failure.getMessage())
                .isEqualTo("Test GET /v1/x: HTTP 400: bad header Authorization: ******** with x-api-key ********");
    }

    @Test
    void aRequestPrintsNeitherHeadersNorBody() {
        ApiRequest request = ApiRequest.form(
                        URI.create("http://127.0.0.1/identity/connect/token?x=1"), "client_secret=hunter2")
                .header("x-api-key", "key-123");

        assertThat(request.toString()).isEqualTo("POST /identity/connect/token");
    }

    @Test
    void aMissingCaFileIsAConfigErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("uisp-ca.pem");
        HttpSettings settings = HttpSettings.defaults().withCaFile(Optional.of(missing));

        assertThatThrownBy(() -> new HttpTransport(settings, Json.mapper(), request -> {}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("CA file not found: " + missing);
    }

    @Test
    void aCaFileWithoutCertificatesIsAConfigError(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
        HttpSettings settings = HttpSettings.defaults().withCaFile(Optional.of(junk));

        assertThatThrownBy(() -> new HttpTransport(settings, Json.mapper(), request -> {}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(junk.toString())
                .extracting(e -> ((ConfigException) e).exitCode())
                .isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void aSelfSignedServerIsTrustedOnlyThroughItsCaFile(@TempDir Path dir) throws Exception {
        Path pem = serveHttpsWithASelfSignedCertificate(dir);
        server.enqueue(answer(200, OK_BODY));
        server.enqueue(answer(200, OK_BODY));

        HttpTransport untrusting = transport(1, Duration.ofSeconds(5));
        ApiException failure = catchThrowableOfType(
                () -> untrusting.send("Test", ApiRequest.get(uri("/v1/things"))), ApiException.class);
        assertThat(failure.status()).isEmpty();

        HttpSettings withCa = new HttpSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                1,
                Duration.ofMillis(10),
                Duration.ofSeconds(1),
                Optional.of(pem),
                true);
        ApiResponse response =
                new HttpTransport(withCa, Json.mapper(), request -> {}).send("Test", ApiRequest.get(uri("/v1/things")));
        assertThat(response.json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aPlainHttpRunTalksToAPlainHttpServer() {
        server.enqueue(answer(200, OK_BODY));
        HttpSettings settings = settings(1, Duration.ofSeconds(5))
                .forUrls(List.of(uri("/openapi"), URI.create("http://127.0.0.1:1/identity/connect/token")));

        ApiResponse response = transport(settings).send("Test", ApiRequest.get(uri("/v1/things")));

        assertThat(settings.tls()).isFalse();
        assertThat(response.json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aPlainHttpRunRefusesHttpsAtOnceAndTrustsNothing(@TempDir Path dir) throws Exception {
        serveHttpsWithASelfSignedCertificate(dir);
        server.enqueue(answer(200, OK_BODY));
        HttpTransport plain = transport(settings(3, Duration.ofSeconds(5)).forUrls(List.of(URI.create("http://uisp"))));

        assertThatThrownBy(() -> plain.send("Test", ApiRequest.get(uri("/v1/things"))))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("plain http:// URLs only");
        assertThat(attempts).hasValue(1);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRunWithAnHttpsUrlVerifiesServersWithTheJdksTrustOrItsCaFile(@TempDir Path dir) throws Exception {
        Path pem = serveHttpsWithASelfSignedCertificate(dir);
        server.enqueue(answer(200, OK_BODY));
        server.enqueue(answer(200, OK_BODY));
        HttpSettings settings =
                settings(1, Duration.ofSeconds(5)).forUrls(List.of(URI.create("http://innago"), uri("/")));

        ApiException failure = catchThrowableOfType(
                () -> transport(settings).send("Test", ApiRequest.get(uri("/v1/things"))), ApiException.class);
        ApiResponse response =
                transport(settings.withCaFile(Optional.of(pem))).send("Test", ApiRequest.get(uri("/v1/things")));

        assertThat(settings.tls()).isTrue();
        assertThat(failure).hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(response.json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aCaFileIsTrustedEvenWhenEveryUrlIsPlainHttp(@TempDir Path dir) throws Exception {
        Path pem = serveHttpsWithASelfSignedCertificate(dir);
        server.enqueue(answer(200, OK_BODY));
        HttpSettings settings = settings(1, Duration.ofSeconds(5))
                .withCaFile(Optional.of(pem))
                .forUrls(List.of(URI.create("http://uisp")));

        ApiResponse response = transport(settings).send("Test", ApiRequest.get(uri("/v1/things")));

        assertThat(response.json().path("ok").asBoolean()).isTrue();
    }

    /** Makes the server answer https only, with a new self-signed certificate; returns that certificate (PEM). */
    private Path serveHttpsWithASelfSignedCertificate(Path dir) throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Path pem = dir.resolve("ca.pem");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-keystore",
                keyStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "server",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                "changeit",
                "-file",
                pem.toString());
        server.useHttps(serverContext(keyStore).getSocketFactory());
        return pem;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("keytool %s: %s", args[0], output).isZero();
    }

    private static SSLContext serverContext(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
