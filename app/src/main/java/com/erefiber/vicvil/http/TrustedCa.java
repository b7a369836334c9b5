package com.erefiber.vicvil.http;

import com.erefiber.vicvil.config.ConfigException;
import com.erefiber.vicvil.error.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An SSL context that trusts the JDK's CAs plus the certificates of one PEM file. Verification stays on:
 * a self-signed UISP is trusted by adding its certificate, never by turning checks off. An unusable file is
 * a config error (exit 3) naming the file.
 */
final class TrustedCa {
    private TrustedCa() {}

    static SSLContext context(Path pemFile) {
        Collection<? extends Certificate> extra = certificates(pemFile);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            Path jdkStore = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
            try (InputStream in = Files.newInputStream(jdkStore)) {
                store.load(in, null);
            }
            int index = 0;
            for (Certificate certificate : extra) {
                store.setCertificateEntry("vicvil-extra-ca-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a trust store with CA file " + pemFile, e);
        }
    }

    private static Collection<? extends Certificate> certificates(Path pemFile) {
        Collection<? extends Certificate> extra;
        try (InputStream in = Files.newInputStream(pemFile)) {
            extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException("CA file not found: " + pemFile, e);
        } catch (IOException e) {
            throw new ConfigException("cannot use CA file " + pemFile + ": " + FileErrors.reason(e), e);
        } catch (GeneralSecurityException e) {
            throw new ConfigException("cannot use CA file " + pemFile + ": " + e.getMessage(), e);
        }
        if (extra.isEmpty()) {
            throw new ConfigException("no certificate in CA file " + pemFile);
        }
        return extra;
    }
}
