package com.erefiber.vicvil.http;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of a transport whose URLs are all plain http, costing nothing to make: it can do nothing, so an
 * https request through it fails at once ({@link SecurityException}) instead of trusting anything.
 */
final class PlainHttpOnly extends SSLContext {
    private static final String REFUSED = "no TLS: this transport is for plain http:// URLs only";

    PlainHttpOnly() {
        super(new Refusing(), null, "none");
    }

    /** Every operation refuses: no engine, no socket, no session. */
    private static final class Refusing extends SSLContextSpi {
        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw new SecurityException(REFUSED);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw new SecurityException(REFUSED);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw new SecurityException(REFUSED);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw new SecurityException(REFUSED);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw new SecurityException(REFUSED);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw new SecurityException(REFUSED);
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw new SecurityException(REFUSED);
        }
    }
}
