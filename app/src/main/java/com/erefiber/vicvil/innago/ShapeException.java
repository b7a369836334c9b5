package com.erefiber.vicvil.innago;

/** A JSON answer that parsed but lacks what Innago promises; the client turns it into an ApiException. */
final class ShapeException extends RuntimeException {
    ShapeException(String message) {
        super(message);
    }
}
