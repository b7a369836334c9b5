package com.erefiber.vicvil.uisp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A MockWebServer dispatcher that answers by method and path and records every request it saw. */
final class RoutingDispatcher extends Dispatcher {
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    /** Answers {@code method path} with these responses in turn, the last one repeating. */
    RoutingDispatcher on(String method, String path, MockResponse... responses) {
        Deque<MockResponse> queue = new ArrayDeque<>(Arrays.asList(responses));
        return on(method, path, request -> {
            synchronized (queue) {
                return queue.size() > 1 ? queue.poll() : queue.peek();
            }
        });
    }

    /** Answers {@code method path} with a function of the request (paging by offset). */
    RoutingDispatcher on(String method, String path, Function<RecordedRequest, MockResponse> answer) {
        routes.put(method + " " + path, answer);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        Function<RecordedRequest, MockResponse> answer =
                routes.get(request.getMethod() + " " + request.getUrl().encodedPath());
        if (answer == null) {
            return json(404, "{\"code\":404,\"message\":\"no route in the test\"}");
        }
        return answer.apply(request);
    }

    /** Every request seen, in order. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The one request seen (fails when there were more or none). */
    RecordedRequest only() {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** A JSON answer. */
    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** A 200 JSON answer. */
    static MockResponse ok(String body) {
        return json(200, body);
    }
}
