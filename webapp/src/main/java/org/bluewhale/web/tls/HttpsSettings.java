package org.bluewhale.web.tls;

import java.nio.file.Path;
import java.time.Duration;

/**
 * HTTPS with a configured certificate: a PKCS#12 file ({@code .p12}/{@code .pfx}, with its
 * password), or a PEM certificate chain with a PEM PKCS#8 private key.
 *
 * @param port        the HTTPS port (0 picks a free one, for tests)
 * @param certificate the PKCS#12 file, or the PEM certificate chain
 * @param privateKey  the PEM private key, or null with PKCS#12
 * @param password    the PKCS#12 password ("" for none)
 * @param hstsMaxAge  how long browsers must use HTTPS only (Strict-Transport-Security)
 * @param clientCa    PEM certificates of the authorities whose client certificates log operators in,
 *                    or null when client-certificate login is off
 */
public record HttpsSettings(int port, Path certificate, Path privateKey, String password, Duration hstsMaxAge,
                            Path clientCa) {

    /** HTTPS without client-certificate login. */
    public HttpsSettings(int port, Path certificate, Path privateKey, String password, Duration hstsMaxAge) {
        this(port, certificate, privateKey, password, hstsMaxAge, null);
    }

    public boolean pkcs12() {
        return privateKey == null;
    }
}
