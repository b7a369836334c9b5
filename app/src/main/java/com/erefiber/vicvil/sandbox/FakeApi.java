package com.erefiber.vicvil.sandbox;

import java.util.List;
import java.util.Optional;

/** One fake API mounted under a path prefix: its routes, its credential check and its error dialect. */
interface FakeApi {

    /** A short name for the request log: {@code innago}, {@code crm}, {@code nms}. */
    String name();

    /** The path prefix the API owns ({@code /crm/api/v1.0}). */
    String prefix();

    List<Route> routes();

    /** The rejection (in the API's own dialect) when an authenticated route is called without valid credentials. */
    Optional<FakeReply> rejectUnauthenticated(FakeRequest request);

    /** A handler failure rendered in the API's own dialect. */
    FakeReply error(FakeApiException failure);

    /** The answer to a path under the prefix that no route matches. */
    FakeReply routeNotFound(FakeRequest request);
}
