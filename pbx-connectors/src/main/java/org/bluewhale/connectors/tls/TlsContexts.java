package org.bluewhale.connectors.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/** Netty TLS contexts for the TCP connectors, built from the files of {@link TlsFiles}. */
public final class TlsContexts {

    private TlsContexts() {
    }

    /** We listen and the PBX connects with TLS: we present {@code certificate}. */
    public static SslContext server(Path certificate, Path key, String password) {
        try {
            return SslContextBuilder.forServer(TlsFiles.keyManagers(certificate, key, password)).build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot set up TLS with " + certificate + ": " + e.getMessage(), e);
        }
    }

    /**
     * We connect to the PBX with TLS and check its certificate, including that it names the host.
     *
     * @param trusted PEM certificates to trust, or null for the JVM's default authorities
     */
    public static SslContext client(Path trusted) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS");
            return (trusted == null ? builder : builder.trustManager(TlsFiles.trustManagers(trusted))).build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
