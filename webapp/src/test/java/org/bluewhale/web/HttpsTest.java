package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bluewhale.web.tls.HttpsSettings;
import org.bluewhale.web.tls.KeyStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with a certificate made by the JDK's keytool (PKCS#12) or by openssl (PEM), trusted by the
 * test client; HSTS on every HTTPS answer; plain HTTP only redirects; session cookies are Secure.
 */
class HttpsTest {

    @TempDir
    Path data;

    @Test
    void pkcs12CertificateServesHttpsWithHstsAndPlainHttpRedirects() throws Exception {
        Path p12 = data.resolve("server.p12");
        run("keytool", "-genkeypair", "-alias", "bluewhale", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "store-secret");
        HttpsSettings settings = new HttpsSettings(0, p12, null, "store-secret", Duration.ofDays(365));
        checkServes(settings);
    }

    @Test
    void pemCertificateAndKeyServeHttps() throws Exception {
        Path cert = data.resolve("cert.pem");
        Path key = data.resolve("key.pem");
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString());
        checkServes(new HttpsSettings(0, cert, key, "", Duration.ofDays(180)));
    }

    private void checkServes(HttpsSettings settings) throws Exception {
        try (WebFixture web = WebFixture.withHttps(data, settings)) {
            Http.Response plain = web.http().get("/api/v1/health?x=1");
            assertEquals(308, plain.status());
            assertEquals("https://127.0.0.1:" + web.server.httpsPort() + "/api/v1/health?x=1", plain.header("Location"));

            Http https = new Http(HttpClient.newBuilder().sslContext(trusting(settings)).build(),
                    "https://127.0.0.1:" + web.server.httpsPort());
            Http.Response health = https.get("/api/v1/health");
            assertEquals(200, health.status());
            assertEquals("max-age=" + settings.hstsMaxAge().toSeconds(), health.header("Strict-Transport-Security"));
            Http.Response login = https.send("POST", "/api/v1/session",
                    "{\"login\":\"admin\",\"password\":\"" + WebFixture.PASSWORD + "\"}");
            assertEquals(201, login.status(), login.body());
            assertTrue(login.header("Set-Cookie").contains("Secure"), login.header("Set-Cookie"));
        }
    }

    /** An SSL context that trusts exactly the server's own certificate. */
    private static SSLContext trusting(HttpsSettings settings) throws Exception {
        KeyStore server = KeyStores.load(settings).store();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : java.util.Collections.list(server.aliases())) {
            trust.setCertificateEntry(alias, server.getCertificate(alias));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
