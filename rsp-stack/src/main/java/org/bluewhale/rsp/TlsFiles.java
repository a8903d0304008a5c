package org.bluewhale.rsp;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * TLS contexts from PEM files (certificate chain, PKCS#8 private key, trusted certificates), as
 * operators have them from their CA or from {@code openssl}. TLS 1.3 and 1.2 only.
 */
public final class TlsFiles {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsFiles() {
    }

    /**
     * @param clientCa when not null, senders must present a certificate signed by (or equal to) one
     *                 in this file; its common name is then the sender's identity
     */
    public static SslContext server(Path certificate, Path key, Path clientCa) {
        try {
            SslContextBuilder builder = SslContextBuilder.forServer(certificate.toFile(), key.toFile())
                    .protocols(PROTOCOLS);
            if (clientCa != null) {
                builder.trustManager(clientCa.toFile()).clientAuth(ClientAuth.REQUIRE);
            }
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot build TLS server context from " + certificate + " and " + key
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param trusted     the server certificate (pinned) or its CA; the server must present it
     * @param certificate the sender's certificate for client authentication, or null
     * @param key         its private key, or null
     */
    public static SslContext client(Path trusted, Path certificate, Path key) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient().protocols(PROTOCOLS)
                    .trustManager(trusted.toFile());
            if (certificate != null) {
                builder.keyManager(certificate.toFile(), key.toFile());
            }
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot build TLS client context trusting " + trusted + ": "
                    + e.getMessage(), e);
        }
    }

    /** The common name of the peer's certificate, or null when it presented none. */
    public static String peerCommonName(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            String dn = ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
            return null;
        } catch (SSLPeerUnverifiedException | InvalidNameException e) {
            return null;
        }
    }

}
