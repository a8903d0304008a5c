package org.bluewhale.web.tls;

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
import java.util.List;
import java.util.UUID;

/**
 * Loads the server's key and certificate chain into a {@link KeyStore} from a PKCS#12 file or
 * from PEM files. PEM keys must be PKCS#8 ({@code BEGIN PRIVATE KEY}); a traditional
 * {@code BEGIN RSA PRIVATE KEY} file is converted with {@code openssl pkcs8 -topk8 -nocrypt}.
 */
public final class KeyStores {

    private static final String ALIAS = "bluewhale";
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519");

    private KeyStores() {
    }

    /** A key store and the password of its key. */
    public record Loaded(KeyStore store, String password) {
    }

    /** The key store described by the settings. */
    public static Loaded load(HttpsSettings settings) {
        try {
            if (settings.pkcs12()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(settings.certificate())) {
                    store.load(in, settings.password().toCharArray());
                }
                return new Loaded(store, settings.password());
            }
            String password = UUID.randomUUID().toString(); // protects the in-memory copy only
            return new Loaded(fromPem(settings.certificate(), settings.privateKey(), password.toCharArray()), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot load the HTTPS certificate " + settings.certificate()
                    + (settings.pkcs12() ? "" : " and key " + settings.privateKey()) + ": " + e.getMessage(), e);
        }
    }

    /** A trust store of the PEM certificates in {@code file} (the authorities of client certificates). */
    public static KeyStore trustStore(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<? extends Certificate> authorities = List.copyOf(CertificateFactory.getInstance("X.509")
                    .generateCertificates(in));
            if (authorities.isEmpty()) {
                throw new GeneralSecurityException("it holds no PEM certificate");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                store.setCertificateEntry("client-ca-" + i, authorities.get(i));
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot load the client certificate authorities " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static KeyStore fromPem(Path certificateFile, Path keyFile, char[] password)
            throws IOException, GeneralSecurityException {
        List<? extends Certificate> chain;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException(certificateFile + " holds no PEM certificate");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, privateKey(Files.readString(keyFile, StandardCharsets.US_ASCII)), password,
                chain.toArray(Certificate[]::new));
        return store;
    }

    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String begin = "-----BEGIN PRIVATE KEY-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (start < 0 || end < start) {
            throw new GeneralSecurityException("the key file must be PEM PKCS#8 (BEGIN PRIVATE KEY); convert it with "
                    + "openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pkcs8");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // the PKCS#8 envelope names the algorithm, but KeyFactory needs it up front: try the next
            }
        }
        throw new GeneralSecurityException("the private key is not RSA, EC or Ed25519");
    }
}
