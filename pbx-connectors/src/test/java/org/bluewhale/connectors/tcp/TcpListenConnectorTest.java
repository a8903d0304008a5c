package org.bluewhale.connectors.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TcpListenConnectorTest {

    @RegisterExtension
    static final TestEventLoops loops = new TestEventLoops();
    private final RecordingSink sink = new RecordingSink();
    private TcpListenConnector connector;

    @AfterEach
    void closeConnector() {
        connector.close();
        assertEquals(State.STOPPED, connector.status().state());
    }

    @Test
    void journalsLinesFromAPbxInOrderUnderItsId() throws IOException {
        connector = listen(TcpListenConfig.of("avaya1", 0).withBindAddress("127.0.0.1"));
        assertEquals(State.LISTENING, connector.status().state());
        assertTrue(connector.boundPort() > 0);

        try (TcpRecordSender pbx = TcpRecordSender.connect(target())) {
            assertEquals(5000, pbx.sendAsFastAsPossible(CdrSamples.records(5000)));
            Poll.until("5000 records", () -> sink.recordCount() == 5000);
            assertEquals(State.CONNECTED, connector.status().state());
        }

        assertEquals(CdrSamples.lines(5000), sink.lines());
        assertTrue(sink.appends().stream().allMatch(a -> a.pbxId().equals("avaya1")));
        // the counters follow each burst's journal append, so they may trail the sink for a moment
        Poll.until("the status to count 5000 records", () -> connector.status().records() == 5000);
        Poll.until("the PBX to disconnect", () -> connector.status().state() == State.LISTENING);
    }

    @Test
    void keepsEachOfSeveralConnectionsInOrder() throws IOException {
        connector = listen(TcpListenConfig.of("avaya1", 0).withBindAddress("127.0.0.1"));

        try (TcpRecordSender first = TcpRecordSender.connect(target());
             TcpRecordSender second = TcpRecordSender.connect(target())) {
            first.sendAsFastAsPossible(prefixed("A", 2000));
            second.sendAsFastAsPossible(prefixed("B", 2000));
            Poll.until("both connections", () -> sink.recordCount() == 4000);
            assertEquals(2, connector.activeConnections());
        }

        List<String> lines = sink.lines();
        assertEquals(CdrSamples.lines(2000).stream().map(l -> "A" + l).toList(),
                lines.stream().filter(l -> l.startsWith("A")).toList());
        assertEquals(CdrSamples.lines(2000).stream().map(l -> "B" + l).toList(),
                lines.stream().filter(l -> l.startsWith("B")).toList());
    }

    @Test
    void refusesASourceThatIsNotAllowed() throws IOException {
        connector = listen(TcpListenConfig.of("avaya1", 0).withAllowedSources(List.of("127.0.0.1")));

        try (SocketChannel stranger = SocketChannel.open()) {
            stranger.bind(new InetSocketAddress("127.0.0.2", 0));
            stranger.connect(target());
            assertEquals(-1, stranger.read(ByteBuffer.allocate(16)), "the listener hangs up on a stranger");
        }
        try (TcpRecordSender pbx = TcpRecordSender.connect(target(), InetAddress.getByName("127.0.0.1"))) {
            pbx.sendAsFastAsPossible(CdrSamples.records(3));
            Poll.until("the allowed source's records", () -> sink.recordCount() == 3);
        }
        assertEquals(1, connector.refusedConnections());
    }

    @Test
    void holdsThePbxBackWhileTheJournalIsFullAndLosesNothing() throws Exception {
        connector = listen(TcpListenConfig.of("avaya1", 0).withBindAddress("127.0.0.1"));
        int total = 150_000; // ~10 MB: more than the loopback socket buffers hold while nothing reads
        sink.refuse();

        try (TcpRecordSender pbx = TcpRecordSender.connect(target())) {
            CompletableFuture<Long> sending = CompletableFuture.supplyAsync(() -> send(pbx, total));
            Poll.until("the connector to pause", () -> connector.status().state() == State.PAUSED);
            int journaledWhilePaused = sink.recordCount();
            Poll.until("the sender to fill the socket buffers", () -> pbx.sent() > journaledWhilePaused + 5_000);
            assertEquals(journaledWhilePaused, sink.recordCount(), "nothing read while paused");
            assertFalse(sending.isDone(), "the sender is held back, not drained");

            sink.accept();
            assertEquals(total, sending.get());
            Poll.until("all records", () -> sink.recordCount() == total);
        }

        assertEquals(CdrSamples.lines(total), sink.lines());
    }

    @Test
    void reportsAPortInUseAsFailingWithoutThrowing() throws IOException {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            connector = listen(TcpListenConfig.of("avaya1", other.getLocalPort()).withBindAddress("127.0.0.1"));

            assertEquals(State.FAILING, connector.status().state());
            assertTrue(connector.status().lastError().contains(":" + other.getLocalPort()));
            assertEquals(-1, connector.boundPort());
        }
    }

    private TcpListenConnector listen(TcpListenConfig config) {
        TcpListenConnector listener = new TcpListenConnector(config, sink, loops.group());
        listener.start();
        return listener;
    }

    private InetSocketAddress target() {
        return new InetSocketAddress("127.0.0.1", connector.boundPort());
    }

    private static long send(TcpRecordSender sender, int count) {
        try {
            return sender.sendAsFastAsPossible(CdrSamples.records(count));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Iterator<byte[]> prefixed(String prefix, int count) {
        return CdrSamples.lines(count).stream().map(l -> (prefix + l).getBytes(StandardCharsets.ISO_8859_1)).iterator();
    }
}
