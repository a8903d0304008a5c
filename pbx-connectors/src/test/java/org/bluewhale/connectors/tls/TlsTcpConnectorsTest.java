package org.bluewhale.connectors.tls;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.bluewhale.connectors.tcp.RecordingSink;
import org.bluewhale.connectors.tcp.TcpClientConfig;
import org.bluewhale.connectors.tcp.TcpClientConnector;
import org.bluewhale.connectors.tcp.TestEventLoops;
import org.bluewhale.connectors.tcp.TcpListenConfig;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** TLS on both TCP connectors, against real JSSE sockets with a certificate made for the test. */
class TlsTcpConnectorsTest {

    @RegisterExtension
    static final TestEventLoops loops = new TestEventLoops();
    @TempDir
    Path temp;
    private final RecordingSink sink = new RecordingSink();

    @Test
    void theListenerTakesRecordsOverTlsWithAPemCertificateAndRefusesPlainText() throws Exception {
        TestCertificates certs = TestCertificates.create(temp);
        try (TcpListenConnector listener = new TcpListenConnector(TcpListenConfig.of("cm1", 0), sink, loops.group(),
                TlsContexts.server(certs.certificatePem(), certs.keyPem(), ""))) {
            listener.start();
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.boundPort())) {
                write(plain, "not encrypted\r\n");
                Poll.until("the plain connection refused with a reason", () -> listener.status().lastError() != null);
            }
            try (SSLSocket pbx = (SSLSocket) certs.clientContext().getSocketFactory()
                    .createSocket("localhost", listener.boundPort())) {
                write(pbx, "secret record 1\r\nsecret record 2\r\n");
                Poll.until("two records", () -> sink.recordCount() == 2);
            }
            assertEquals(List.of("secret record 1", "secret record 2"), sink.lines(), "nothing of the plain text");
            assertTrue(listener.name().startsWith("tls-listen"), listener.name());
        }
    }

    @Test
    void theClientConnectsOverTlsToAPbxWithAPkcs12CertificateItTrusts() throws Exception {
        TestCertificates certs = TestCertificates.create(temp);
        try (ServerSocket pbx = certs.serverContext().getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
             TcpClientConnector connector = new TcpClientConnector(config(pbx), sink, loops.group(),
                     TlsContexts.client(certs.certificatePem()))) {
            connector.start();
            try (Socket link = pbx.accept()) {
                write(link, "from the pbx\r\n");
                Poll.until("one record", () -> sink.recordCount() == 1);
            }
            assertEquals(List.of("from the pbx"), sink.lines());
        }
    }

    @Test
    void theClientRefusesAPbxWhoseCertificateItDoesNotTrust() throws Exception {
        TestCertificates trusted = TestCertificates.create(Files.createDirectories(temp.resolve("trusted")));
        TestCertificates other = TestCertificates.create(Files.createDirectories(temp.resolve("other")));
        try (SSLServerSocket pbx = (SSLServerSocket) other.serverContext().getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
             TcpClientConnector connector = new TcpClientConnector(config(pbx), sink, loops.group(),
                     TlsContexts.client(trusted.certificatePem()))) {
            connector.start();
            try (Socket link = pbx.accept()) {
                write(link, "must not be taken\r\n");
            } catch (java.io.IOException expected) {
                // the connector aborts the handshake
            }
            Poll.until("the handshake failure reported", () -> connector.status().lastError() != null);
            assertEquals(0, sink.recordCount());
            assertTrue(connector.status().state() != State.STOPPED);
        }
    }

    private static TcpClientConfig config(ServerSocket pbx) {
        return TcpClientConfig.of("cm1", "localhost", pbx.getLocalPort())
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private static void write(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(ISO_8859_1));
        out.flush();
    }
}
