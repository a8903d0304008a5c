package org.bluewhale.connectors.tls;

import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for {@code localhost}, made fresh for a test (Netty's generator, with
 * BouncyCastle on the test class path), written as PEM certificate + PEM key and as PKCS#12.
 */
public record TestCertificates(Path certificatePem, Path keyPem, Path pkcs12, String pkcs12Password) {

    public static TestCertificates create(Path directory) throws Exception {
        SelfSignedCertificate generated = new SelfSignedCertificate("localhost", "EC", 256); // EC: fast to generate
        Path cert = Files.copy(generated.certificate().toPath(), directory.resolve("cdr.crt"));
        Path key = Files.copy(generated.privateKey().toPath(), directory.resolve("cdr.key"));
        generated.delete();
        Path p12 = directory.resolve("cdr.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("cdr", generated.key(), "secret".toCharArray(), new Certificate[] {generated.cert()});
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, "secret".toCharArray());
        }
        return new TestCertificates(cert, key, p12, "secret");
    }

    /** A JSSE context presenting this certificate (a PBX that serves TLS). */
    public SSLContext serverContext() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(TlsFiles.keyManagers(pkcs12, null, pkcs12Password).getKeyManagers(), null, null);
        return context;
    }

    /** A JSSE context trusting this certificate (a PBX that connects with TLS). */
    public SSLContext clientContext() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, TlsFiles.trustManagers(certificatePem).getTrustManagers(), null);
        return context;
    }
}
