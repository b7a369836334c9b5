package com.erefiber.vicvil.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of a fake API: status, extra headers, content type and body bytes (possibly empty). */
record FakeReply(int status, Map<String, String> headers, String contentType, byte[] body) {

    static FakeReply json(int status, byte[] body) {
        return new FakeReply(status, Map.of(), "application/json; charset=utf-8", body);
    }

    static FakeReply text(int status, String contentType, String body) {
        return new FakeReply(status, Map.of(), contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A status with no body (what UCRM documents for suspend / cancel-suspend). */
    static FakeReply empty(int status) {
        return new FakeReply(status, Map.of(), null, new byte[0]);
    }

    FakeReply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FakeReply(status, Map.copyOf(copy), contentType, body);
    }
}
