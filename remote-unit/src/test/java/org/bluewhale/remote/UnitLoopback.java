package org.bluewhale.remote;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.rsp.bluewhale.RspServerConfig;
import org.bluewhale.rsp.bluewhale.RspServerInitializer;

/**
 * The three parties of a remote unit's life on loopback: a PBX that speaks Bluewhale RSP to the
 * unit (its acknowledgements come only after the unit's journal append), the unit, and a server
 * listener over a real journal.
 */
final class UnitLoopback implements AutoCloseable {

    static final RspAuth PBX_KEY = new RspAuth("key between the PBX and its unit".getBytes(StandardCharsets.UTF_8));
    static final RspAuth SERVER_KEY = new RspAuth("key between the unit and the server".getBytes(StandardCharsets.UTF_8));
    static final String PBX = "branch-pbx";

    final Path dir;
    final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    final Journal serverJournal;
    final RspListener server;
    /** The port the unit's local RSP listener takes; 0 until the first unit picked one. */
    int unitPort;

    UnitLoopback(Path dir) {
        this.dir = dir;
        serverJournal = Journal.open(JournalConfig.defaults(dir.resolve("server-journal")), () -> 0);
        server = RspServerInitializer.listener(RspServerConfig.withKey(PBX, SERVER_KEY), "127.0.0.1", 0,
                serverJournal, loops);
        server.start();
    }

    /** A unit serving {@link #PBX} with an RSP listener, forwarding with {@code key}; its journal in {@code dir/unit}. */
    RemoteUnit startUnit(RspAuth key) {
        RspClientConfig forward = RspClientConfig.of("127.0.0.1", server.boundPort(), PBX, key).withBatchRecords(500)
                .withTimers(Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ofMillis(200));
        RspListener[] local = new RspListener[1];
        FeedSpec feed = new FeedSpec(PBX, JournalConfig.defaults(dir.resolve("unit").resolve(PBX)), journal -> {
            local[0] = RspServerInitializer.listener(RspServerConfig.withKey(PBX, PBX_KEY), "127.0.0.1", unitPort,
                    journal, loops);
            return local[0];
        }, forward);
        RemoteUnit unit = RemoteUnit.start("ru-test", List.of(feed), Duration.ofSeconds(1), dir);
        unitPort = local[0].boundPort();
        return unit;
    }

    /** How the PBX reaches the unit. */
    RspClientConfig pbxToUnit() {
        return RspClientConfig.of("127.0.0.1", unitPort, PBX, PBX_KEY).withBatchRecords(200)
                .withTimers(Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ofMillis(200));
    }

    static List<byte[]> records(int count) {
        List<byte[]> records = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            records.add(record(i));
        }
        return records;
    }

    /** The {@code i}th of a run of distinct Avaya-like CDR lines of 92 bytes. */
    static byte[] record(int i) {
        return String.format("11/02 %02d:%02d 00:%02d:%02d A 9%010d   2%03d 001 0 101 %05d 7 0 0 0 4 000%06d",
                i / 60 % 24, i % 60, i % 37, i % 59, 86_000_000L + i * 7919L % 9_000_000, i % 1000, i % 99_991,
                i).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        server.close();
        serverJournal.close();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
