package org.bluewhale.rsp.bluewhale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rsp.TlsFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions over real sockets: TLS with a key or a client certificate, refusals, orderly close, status. */
class RspTlsAndAuthTest {

    private static final Path TLS = Path.of("src", "test", "resources", "tls");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private RspLoopback server;

    @AfterEach
    void stop() {
        server.close();
    }

    private static io.netty.handler.ssl.SslContext serverTls(boolean clientCertificates) {
        return TlsFiles.server(TLS.resolve("server.pem"), TLS.resolve("server.key"),
                clientCertificates ? TLS.resolve("ca.pem") : null);
    }

    private void sendAndCheck(RspClientConfig config, int count) throws Exception {
        List<byte[]> records = RspLoopback.records(count);
        try (RspSender sender = RspSender.start(config, MemoryOutbox.resuming(1, records, count))) {
            assertTrue(sender.awaitAcknowledged(count, DEADLINE), "acknowledged " + sender.acknowledged()
                    + ", last error " + sender.lastError());
            assertEquals(State.CONNECTED, server.listener.status().state());
        }
        server.assertJournalHoldsEachOnce(records);
        Poll.until("the closed session to be counted", () -> server.listener.counters().openSessions() == 0);
        assertEquals(State.LISTENING, server.listener.status().state());
        assertEquals(count, server.listener.status().records());
    }

    @Test
    void aPreSharedKeyOverTlsWithThePinnedServerCertificateDelivers() throws Exception {
        server = new RspLoopback(dir).listen(RspServerConfig.withKey("ru1", RspServerHandlerTest.KEY)
                .withTls(serverTls(false), false), 0);
        RspClientConfig config = RspClientConfig.of("localhost", server.port(), "ru1", RspServerHandlerTest.KEY)
                .withTls(TlsFiles.client(TLS.resolve("server.pem"), null, null));
        sendAndCheck(config, 5_000);
    }

    @Test
    void aClientCertificateWhoseNameIsThePeerIdIsEnoughWithoutAKey() throws Exception {
        server = new RspLoopback(dir).listen(new RspServerConfig("ru1", "ru1", null, serverTls(true), true, 1000,
                Duration.ofSeconds(5), Duration.ofSeconds(15), true), 0);
        RspClientConfig config = new RspClientConfig("localhost", server.port(), "ru1", null,
                TlsFiles.client(TLS.resolve("ca.pem"), TLS.resolve("ru1.pem"), TLS.resolve("ru1.key")), true, 500,
                Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1));
        sendAndCheck(config, 3_000);
    }

    @Test
    void anUnknownClientCertificateIsRefusedAndLogged() throws Exception {
        server = new RspLoopback(dir).listen(new RspServerConfig("ru1", "ru1", null, serverTls(true), true, 1000,
                Duration.ofSeconds(5), Duration.ofSeconds(15), true), 0);
        RspClientConfig rogue = new RspClientConfig("localhost", server.port(), "ru1", null,
                TlsFiles.client(TLS.resolve("ca.pem"), TLS.resolve("rogue.pem"), TLS.resolve("rogue.key")), true, 500,
                Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1));
        MemoryOutbox outbox = MemoryOutbox.resuming(1, List.of("x".getBytes(StandardCharsets.US_ASCII)), 1);
        try (RspSender sender = RspSender.start(rogue, outbox)) {
            Poll.until("the server to refuse the handshake", () -> server.listener.counters().lastError() != null);
            assertFalse(sender.awaitAcknowledged(1, Duration.ofMillis(300)));
            assertEquals(0, sender.sessions());
        }
        String error = server.listener.counters().lastError();
        assertTrue(error.contains("TLS handshake failed") && error.contains("certificate"), error);
        assertTrue(server.listener.counters().refusedSessions() >= 1);
        assertEquals(List.of(), server.journal.readAll(1));
    }

    @Test
    void aWrongKeyIsRefusedTheSenderKnowsItAndNothingIsJournaled() throws Exception {
        server = new RspLoopback(dir).listen(0);
        RspAuth wrong = new RspAuth("not the key the server has".getBytes(StandardCharsets.UTF_8));
        RspClientConfig config = RspClientConfig.of("127.0.0.1", server.port(), "ru1", wrong)
                .withTimers(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
        MemoryOutbox outbox = MemoryOutbox.resuming(1, List.of("x".getBytes(StandardCharsets.US_ASCII)), 1);
        try (RspSender sender = RspSender.start(config, outbox)) {
            Poll.until("the sender to learn it was refused", sender::refused);
            assertTrue(sender.lastError().contains("AUTH_FAILED"), sender.lastError());
        }
        assertEquals(1, server.listener.counters().refusedSessions());
        assertTrue(server.listener.counters().lastError().contains("wrong pre-shared key"));
        assertEquals(List.of(), server.journal.readAll(1));
    }
}
