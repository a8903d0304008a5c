package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bluewhale.connectors.tls.TestCertificates;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.remote.FeedStatus;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.rsp.bluewhale.RspServerHandler;
import org.bluewhale.server.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A remote unit configured with the wrong key, or presenting a certificate the server does not
 * trust, is turned away: the server logs why at WARN and journals nothing; the unit reports
 * REFUSED and keeps its records.
 */
class RemoteUnitRefusalTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> serverLog = new ListAppender<>();

    @BeforeEach
    void listen() {
        serverLog.start();
        ((Logger) LoggerFactory.getLogger(RspServerHandler.class)).addAppender(serverLog);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(RspServerHandler.class)).detachAppender(serverLog);
    }

    @Test
    void aUnitWithTheWrongKeyIsRefusedAndBothSidesSayWhy() throws Exception {
        TestCertificates tls = TestCertificates.create(Files.createDirectories(dir.resolve("tls")));
        Config server = serverWith(tls).with("pbx.cm1.rsp-psk-file", write("server.psk", "the key the server has"));
        Config unit = Config.empty().with("unit.psk-file", write("unit.psk", "a key from another unit"));
        assertRefused(server, unit, "wrong pre-shared key");
    }

    @Test
    void aUnitWithAnUnknownCertificateIsRefusedAndBothSidesSayWhy() throws Exception {
        TestCertificates tls = TestCertificates.create(Files.createDirectories(dir.resolve("tls")));
        TestCertificates trusted = TestCertificates.create(Files.createDirectories(dir.resolve("trusted")));
        TestCertificates rogue = TestCertificates.create(Files.createDirectories(dir.resolve("rogue")));
        Config server = serverWith(tls).with("pbx.cm1.rsp-tls-client-ca", trusted.certificatePem().toString());
        Config unit = Config.empty().with("unit.tls-certificate", rogue.certificatePem().toString())
                .with("unit.tls-key", rogue.keyPem().toString());
        assertRefused(server, unit, "TLS handshake failed");
    }

    private Config serverWith(TestCertificates tls) {
        return Config.empty().with("http.port", "0")
                .with("pbx.cm1.format", "avaya-unformatted").with("pbx.cm1.transport", "rsp")
                .with("pbx.cm1.bind", "127.0.0.1").with("pbx.cm1.port", "0")
                .with("pbx.cm1.rsp-tls-certificate", tls.certificatePem().toString())
                .with("pbx.cm1.rsp-tls-key", tls.keyPem().toString());
    }

    private void assertRefused(Config serverConfig, Config unitKeys, String why) throws Exception {
        try (BluewhaleServer server = BluewhaleServer.start(dir.resolve("server"), serverConfig, 0, false)) {
            RspListener listener = (RspListener) server.connector("cm1");
            Path pemOfServer = Path.of(serverConfig.get(org.bluewhale.server.config.ServerKeys.PBX_RSP_TLS_CERTIFICATE
                    .forId("cm1")));
            Config unitConfig = unitKeys.with("unit.id", "ru-test").with("unit.server", "localhost")
                    .with("unit.tls-trust", pemOfServer.toString())
                    .with("unit.reconnect-min", "50ms").with("unit.reconnect-max", "200ms")
                    .with("pbx.cm1.format", "avaya-unformatted").with("pbx.cm1.transport", "directory")
                    .with("pbx.cm1.directory", Files.createDirectories(dir.resolve("drop")).toString())
                    .with("pbx.cm1.poll-every", "100ms")
                    .with("pbx.cm1.forward-port", Integer.toString(listener.boundPort()));
            Files.writeString(dir.resolve("drop").resolve("calls.txt"),
                    AvayaLines.text("241126 0915", 95, "A", "9", "2001", "004412345678") + "\r\n");
            try (RemoteUnitSetup unit = RemoteUnitSetup.start(dir.resolve("unit"), unitConfig)) {
                Poll.until(DEADLINE, "the unit to journal the call and be refused", () -> {
                    FeedStatus status = unit.unit().status().get(0);
                    return status.journaled() == 1 && status.link() == FeedStatus.Link.REFUSED;
                });
                assertEquals(1, unit.unit().status().get(0).backlog(), "the call waits in the unit");
            }
            String lastError = listener.status().lastError();
            assertTrue(lastError != null && lastError.contains(why), lastError);
            assertTrue(serverLog.list.stream().anyMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN
                    && e.getFormattedMessage().startsWith("RSP refused") && e.getFormattedMessage().contains(why)),
                    "the server logged the refusal: " + serverLog.list);
            assertEquals(0, server.engine().journal().writtenPosition(), "nothing journaled from a refused unit");
        }
    }

    private String write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }
}
