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
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bluewhale.web.tls.HttpsSettings;
import org.bluewhale.web.tls.KeyStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with a certificate made by the JDK's keytool (PKCS#12) or by openssl (PEM), trusted by the
 * test client; HSTS on every HTTPS answer; plain HTTP only redirects; session cookies are Secure;
 * client certificates of the configured authority log operators in.
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

    @Test
    void aClientCertificateFromTheConfiguredAuthorityLogsInTheOperatorItNames() throws Exception {
        Path cert = data.resolve("cert.pem");
        Path key = data.resolve("key.pem");
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString());
        Path ca = data.resolve("ca.pem");
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Bluewhale Test CA",
                "-keyout", data.resolve("ca.key").toString(), "-out", ca.toString());
        HttpsSettings settings = new HttpsSettings(0, cert, key, "", Duration.ofDays(180), ca);
        try (WebFixture web = WebFixture.withHttps(data, settings)) {
            String base = "https://127.0.0.1:" + web.server.httpsPort();
            String byCertificate = "{\"certificate\": true}";

            Http auditor = new Http(client(settings, issued("auditor", true)), base);
            Http.Response login = auditor.send("POST", "/api/v1/session", byCertificate);
            assertEquals(201, login.status(), login.body());
            assertEquals("auditor", login.json().get("login").asText());
            assertEquals("auditor", login.json().get("role").asText());
            String cookie = login.header("Set-Cookie").split(";", 2)[0];
            assertEquals("auditor", auditor.with("Cookie", cookie).get("/api/v1/session").json().get("login").asText());
            assertTrue(new Http(client(settings, null), base).basic("admin", WebFixture.PASSWORD).get("/api/v1/audit")
                    .body().contains("certificate CN=auditor"), "the login is audited with the certificate");

            Http.Response unknown = new Http(client(settings, issued("nobody", true)), base)
                    .send("POST", "/api/v1/session", byCertificate);
            assertEquals(401, unknown.status());
            assertTrue(unknown.body().contains("'nobody', which does not exist"), unknown.body());

            Http withoutCertificate = new Http(client(settings, null), base);
            Http.Response none = withoutCertificate.send("POST", "/api/v1/session", byCertificate);
            assertEquals(401, none.status());
            assertTrue(none.body().contains("no client certificate"), none.body());
            assertEquals(201, withoutCertificate.send("POST", "/api/v1/session",
                    "{\"login\":\"admin\",\"password\":\"" + WebFixture.PASSWORD + "\"}").status(),
                    "password login still works without a certificate");

            Http forged = new Http(client(settings, issued("admin", false)), base);
            int status;
            try {
                status = forged.send("POST", "/api/v1/session", byCertificate).status();
            } catch (RuntimeException | AssertionError refusedByTls) {
                status = -1; // the handshake refused the certificate outright
            }
            assertTrue(status != 201, "a self-made certificate naming admin must not log in: " + status);
        }
    }

    /** A client key and certificate for {@code cn}, issued by the test CA or self-signed. */
    private HttpsSettings issued(String cn, boolean byTheCa) throws Exception {
        Path key = data.resolve(cn + byTheCa + ".key");
        Path cert = data.resolve(cn + byTheCa + ".pem");
        if (byTheCa) {
            Path request = data.resolve(cn + ".csr");
            run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/O=Example/CN=" + cn,
                    "-keyout", key.toString(), "-out", request.toString());
            run("openssl", "x509", "-req", "-in", request.toString(), "-CA", data.resolve("ca.pem").toString(),
                    "-CAkey", data.resolve("ca.key").toString(), "-CAcreateserial", "-days", "2", "-out", cert.toString());
        } else {
            run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + cn,
                    "-keyout", key.toString(), "-out", cert.toString());
        }
        return new HttpsSettings(0, cert, key, "", Duration.ZERO);
    }

    /** A client that trusts the server and presents {@code identity}'s certificate (none when null). */
    private static HttpClient client(HttpsSettings server, HttpsSettings identity) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManager[] keys = null;
        if (identity != null) {
            KeyStores.Loaded loaded = KeyStores.load(identity);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(loaded.store(), loaded.password().toCharArray());
            keys = factory.getKeyManagers();
        }
        context.init(keys, trustManagers(server), null);
        return HttpClient.newBuilder().sslContext(context).build();
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
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers(settings), null);
        return context;
    }

    private static TrustManager[] trustManagers(HttpsSettings settings) throws Exception {
        KeyStore server = KeyStores.load(settings).store();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : java.util.Collections.list(server.aliases())) {
            trust.setCertificateEntry(alias, server.getCertificate(alias));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        return factory.getTrustManagers();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
