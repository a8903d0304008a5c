package org.bluewhale.connectors.tcp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PBX side is a plain ServerSocket, as a PBX's CDR port would be. */
class TcpClientConnectorTest {

    private static final Duration BACKOFF = Duration.ofMillis(20);
    @RegisterExtension
    static final TestEventLoops loops = new TestEventLoops();
    private final RecordingSink sink = new RecordingSink();
    private TcpClientConnector connector;

    @AfterEach
    void closeConnector() {
        connector.close();
        assertEquals(State.STOPPED, connector.status().state());
    }

    @Test
    void receivesRecordsAndReconnectsAfterThePbxHangsUp() throws IOException {
        try (ServerSocket pbx = loopbackServer()) {
            connector = connect(config(pbx.getLocalPort()));

            try (Socket link = pbx.accept()) {
                Poll.until("connected", () -> connector.status().state() == State.CONNECTED);
                write(link, CdrSamples.line(1) + "\r\n" + CdrSamples.line(2) + "\r\n");
                Poll.until("two records", () -> sink.recordCount() == 2);
            }
            try (Socket link = pbx.accept()) {
                write(link, CdrSamples.line(3) + "\r\n");
                Poll.until("the record after reconnecting", () -> sink.recordCount() == 3);
                assertEquals(State.CONNECTED, connector.status().state());
            }
        }

        assertEquals(List.of(CdrSamples.line(1), CdrSamples.line(2), CdrSamples.line(3)), sink.lines());
        assertTrue(sink.appends().stream().allMatch(a -> a.pbxId().equals("cm1")));
        // The counter moves after the journal append the sink saw, so it is polled, not read once.
        Poll.until("three records counted", () -> connector.status().records() == 3);
    }

    @Test
    void reportsFailingWhileThePbxRefusesThenConnectsWhenItListens() throws IOException {
        int port;
        try (ServerSocket reserved = loopbackServer()) {
            port = reserved.getLocalPort(); // closed again: connecting to it is refused
        }
        connector = connect(config(port));

        Poll.until("a failed attempt", () -> connector.status().state() == State.FAILING);
        assertTrue(connector.status().lastError().contains(":" + port), connector.status().lastError());

        try (ServerSocket pbx = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
             Socket link = pbx.accept()) {
            Poll.until("connected", () -> connector.status().state() == State.CONNECTED);
            write(link, CdrSamples.line(7) + "\n");
            Poll.until("the record", () -> sink.recordCount() == 1);
        }
    }

    @Test
    void fallsBackToTheAlternateHostWhenThePrimaryRefuses() throws IOException {
        int deadPort;
        try (ServerSocket reserved = loopbackServer()) {
            deadPort = reserved.getLocalPort();
        }
        try (ServerSocket standby = loopbackServer()) {
            connector = connect(config(deadPort).withAlternate("127.0.0.1", standby.getLocalPort()));

            try (Socket link = standby.accept()) {
                write(link, CdrSamples.line(9) + "\r\n");
                Poll.until("the standby's record", () -> sink.recordCount() == 1);
            }
        }
        assertTrue(connector.status().lastError().contains(":" + deadPort), "the primary's refusal is reported");
    }

    private TcpClientConnector connect(TcpClientConfig config) {
        TcpClientConnector client = new TcpClientConnector(config, sink, loops.group());
        client.start();
        return client;
    }

    private static TcpClientConfig config(int port) {
        return TcpClientConfig.of("cm1", "127.0.0.1", port).withBackoff(BACKOFF, BACKOFF.multipliedBy(4));
    }

    private static ServerSocket loopbackServer() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    }

    private static void write(Socket link, String text) throws IOException {
        OutputStream out = link.getOutputStream();
        out.write(text.getBytes(ISO_8859_1));
        out.flush();
    }
}
