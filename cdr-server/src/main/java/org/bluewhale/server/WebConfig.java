package org.bluewhale.server;

import java.nio.file.Path;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.web.WebSettings;
import org.bluewhale.web.tls.HttpsSettings;

/** The web server's settings from the http.* and https.* keys. */
final class WebConfig {

    private WebConfig() {
    }

    static WebSettings settings(Config config) {
        String certificate = config.get(ServerKeys.HTTPS_CERTIFICATE);
        HttpsSettings https = null;
        if (!certificate.isBlank()) {
            String key = config.get(ServerKeys.HTTPS_PRIVATE_KEY);
            String clientCa = config.get(ServerKeys.HTTPS_CLIENT_CA);
            https = new HttpsSettings(config.get(ServerKeys.HTTPS_PORT), Path.of(certificate),
                    key.isBlank() ? null : Path.of(key), config.get(ServerKeys.HTTPS_PASSWORD),
                    config.get(ServerKeys.HTTPS_HSTS_MAX_AGE), clientCa.isBlank() ? null : Path.of(clientCa));
        }
        return new WebSettings(config.get(ServerKeys.HTTP_RATE_LIMIT), config.get(ServerKeys.HTTP_RATE_BURST), https);
    }
}
