package org.bluewhale.rsp.bluewhale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.rsp.RspListener;

/** A Bluewhale RSP server on loopback over a real journal, and the checks the socket tests share. */
final class RspLoopback implements AutoCloseable {

    static final String PEER = "ru1";

    final Path dir;
    final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    Journal journal;
    RspListener listener;

    RspLoopback(Path dir) {
        this.dir = dir;
        this.journal = Journal.open(JournalConfig.defaults(dir), () -> 0);
    }

    RspLoopback listen(RspServerConfig config, int port) {
        listener = RspServerInitializer.listener(config, "127.0.0.1", port, journal, loops);
        listener.start();
        return this;
    }

    RspLoopback listen(int port) {
        return listen(RspServerConfig.withKey(PEER, RspServerHandlerTest.KEY).withWindow(1000), port);
    }

    int port() {
        return listener.boundPort();
    }

    /** The server dies and comes back on the same port with the journal it had on disk. */
    void restart() {
        RspServerConfig config = RspServerConfig.withKey(PEER, RspServerHandlerTest.KEY).withWindow(1000);
        int port = port();
        listener.close();
        journal.close();
        journal = Journal.open(JournalConfig.defaults(dir), () -> 0);
        listen(config, port);
    }

    /** A sender to {@code port} with short timers, so faults heal in milliseconds. */
    static RspClientConfig senderTo(int port) {
        return RspClientConfig.of("127.0.0.1", port, PEER, RspServerHandlerTest.KEY).withBatchRecords(100)
                .withTimers(Duration.ofMillis(400), Duration.ofMillis(20), Duration.ofMillis(200));
    }

    static List<byte[]> records(int count) {
        List<byte[]> records = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            records.add(String.format("11/02 08:%02d 00:%02d:17 A 9%010d 2%03d record %07d", i % 60, i % 24,
                    7_000_000L + i * 37L, i % 1000, i).getBytes(StandardCharsets.US_ASCII));
        }
        return records;
    }

    /** Fills the outbox from a thread of its own, as a PBX feeding a remote unit would. */
    static Thread produce(MemoryOutbox outbox, List<byte[]> records) {
        Thread producer = new Thread(() -> {
            try {
                for (byte[] record : records) {
                    outbox.offer(record);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        producer.setDaemon(true);
        producer.start();
        return producer;
    }

    /** The journal holds exactly {@code records} as sequences 1..n: none lost, none twice, in order. */
    void assertJournalHoldsEachOnce(List<byte[]> records) throws InterruptedException {
        List<RawRecord> journaled = journal.readAll(1);
        assertEquals(records.size(), journaled.size(), "records in the journal");
        for (int i = 0; i < records.size(); i++) {
            RawRecord record = journaled.get(i);
            assertEquals(i + 1, record.sequence(), "sequence at position " + (i + 1));
            assertEquals(new String(records.get(i), StandardCharsets.US_ASCII), record.text());
        }
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
        journal.close();
        loops.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
