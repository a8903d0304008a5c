package org.bluewhale.connectors.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Reads the TLS material an operator names in the configuration: our own certificate and key
 * (a PEM certificate chain with a PEM PKCS#8 key, or one PKCS#12 file), and the certificates we
 * trust (PEM). The result is plain JSSE, so Netty, Commons Net and MINA FtpServer all take it.
 */
public final class TlsFiles {

    private static final char[] NO_PASSWORD = new char[0];

    private TlsFiles() {
    }

    /**
     * Our identity.
     *
     * @param certificate a PEM certificate chain, or a PKCS#12 file ({@code .p12}, {@code .pfx})
     * @param key         the PEM PKCS#8 private key ({@code BEGIN PRIVATE KEY}); ignored for PKCS#12
     * @param password    the PKCS#12 password; may be empty
     */
    public static KeyManagerFactory keyManagers(Path certificate, Path key, String password) {
        char[] secret = password == null ? NO_PASSWORD : password.toCharArray();
        try {
            KeyStore store;
            if (isPkcs12(certificate)) {
                store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(certificate)) {
                    store.load(in, secret);
                }
            } else {
                if (key == null) {
                    throw new IllegalArgumentException("a PEM certificate needs its PEM private key file");
                }
                store = emptyStore();
                store.setKeyEntry("identity", privateKey(key), secret, certificates(certificate).toArray(Certificate[]::new));
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, secret);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the TLS certificate " + certificate
                    + (key == null || isPkcs12(certificate) ? "" : " and key " + key) + ": " + e.getMessage(), e);
        }
    }

    /** The peers we trust: every certificate in a PEM file (a private CA, or the peer's own). */
    public static TrustManagerFactory trustManagers(Path pemCertificates) {
        try {
            KeyStore store = emptyStore();
            int i = 0;
            for (Certificate certificate : certificates(pemCertificates)) {
                store.setCertificateEntry("trusted-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the trusted certificates " + pemCertificates + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean isPkcs12(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx");
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        return store;
    }

    private static Collection<? extends Certificate> certificates(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (all.isEmpty()) {
                throw new GeneralSecurityException("no certificate in the file");
            }
            return all;
        }
    }

    /** A PKCS#8 key, RSA or EC (what {@code openssl genpkey} and most CAs give). */
    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("no '-----BEGIN PRIVATE KEY-----' block (PKCS#8); convert with "
                    + "'openssl pkcs8 -topk8 -nocrypt'");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm: try the next
            }
        }
        throw new GeneralSecurityException("the key is neither RSA, EC nor Ed25519");
    }
}
