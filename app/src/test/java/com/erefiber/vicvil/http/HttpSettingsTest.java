package com.erefiber.vicvil.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    private static boolean tls(String... urls) {
        return HttpSettings.defaults()
                .forUrls(List.of(urls).stream().map(URI::create).toList())
                .tls();
    }

    @Test
    void tlsIsLeftOutOnlyWhenEveryUrlIsPlainHttp() {
        assertThat(HttpSettings.defaults().tls()).isTrue();
        assertThat(tls("http://127.0.0.1:8080/openapi", "HTTP://127.0.0.1:8081"))
                .isFalse();
        assertThat(tls("http://127.0.0.1:8080/openapi", "https://uisp.example")).isTrue();
        assertThat(tls("https://api.innago.com/openapi")).isTrue();
        assertThat(tls("http://127.0.0.1:8080", "uisp.example/no-scheme")).isTrue();
        assertThat(tls()).isTrue();
    }

    @Test
    void theOtherSettingsKeepTheChoice() {
        HttpSettings plain = HttpSettings.defaults().forUrls(List.of(URI.create("http://127.0.0.1")));

        assertThat(plain.withMaxAttempts(1).tls()).isFalse();
        assertThat(plain.withCaFile(java.util.Optional.empty()).tls()).isFalse();
        assertThat(plain.forUrls(List.of(URI.create("https://uisp.example"))).tls())
                .isTrue();
    }
}
