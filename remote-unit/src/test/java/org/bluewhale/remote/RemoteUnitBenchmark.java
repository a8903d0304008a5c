package org.bluewhale.remote;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.testing.FaultProxy;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.rsp.TlsFiles;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.rsp.bluewhale.RspServerConfig;
import org.bluewhale.rsp.bluewhale.RspServerInitializer;

/**
 * Rerunnable throughput of a remote unit forwarding its backlog to a server over loopback, TLS
 * with a pre-shared key and zstd on (not a test: run its main from the module directory). The
 * unit's journal holds N Avaya-like records of 92 bytes, as after a link outage; the clock runs
 * from the unit's start to the server's acknowledgement of the last record, so journal reads,
 * batching, compression, TLS, the server's journal appends and the acknowledgements are inside
 * it. Unit and server share this JVM (and the machine's two cores). The bytes on the wire are
 * counted by a pass-through proxy in one extra run, for the compression ratio.
 *
 * <pre>java -Xmx128m -cp target/classes:target/test-classes:$(deps) org.bluewhale.remote.RemoteUnitBenchmark [records] [rounds]</pre>
 */
public final class RemoteUnitBenchmark {

    private static final RspAuth KEY = new RspAuth("benchmark key of the unit 0123456789".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SelfSignedCertificate certificate = new SelfSignedCertificate("localhost", "EC", 256);
        run(certificate, Math.min(count, 300_000), false); // warm-up, not counted
        double[] rates = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            rates[round] = run(certificate, count, false);
            System.out.printf("round %d %,12.0f records/s%n", round, rates[round]);
        }
        Arrays.sort(rates);
        System.out.printf("median %,12.0f records/s (runs %s)%n", rates[rounds / 2], Arrays.toString(rates));
        run(certificate, Math.min(count, 500_000), true);
    }

    private static double run(SelfSignedCertificate certificate, int count, boolean countWire) throws Exception {
        Path dir = Files.createTempDirectory("ru-bench");
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        JournalConfig unitJournal = JournalConfig.defaults(dir.resolve("unit"));
        long recordBytes = fill(unitJournal, count);
        try (Journal serverJournal = Journal.open(JournalConfig.defaults(dir.resolve("server")), () -> 0)) {
            RspServerConfig server = RspServerConfig.withKey("bench", KEY)
                    .withTls(TlsFiles.server(certificate.certificate().toPath(), certificate.privateKey().toPath(), null),
                            false);
            RspListener listener = RspServerInitializer.listener(server, "127.0.0.1", 0, serverJournal, loops);
            listener.start();
            FaultProxy proxy = countWire ? FaultProxy.to(listener.boundPort()) : null;
            RspClientConfig forward = RspClientConfig.of("localhost", proxy == null ? listener.boundPort() : proxy.port(),
                    "bench", KEY).withTls(TlsFiles.client(certificate.certificate().toPath(), null, null));
            FeedSpec feed = new FeedSpec("bench", unitJournal, journal -> RspServerInitializer.listener(
                    RspServerConfig.withKey("bench", KEY), "127.0.0.1", 0, journal, loops), forward);
            long start = System.nanoTime();
            try (RemoteUnit unit = RemoteUnit.start("ru-bench", List.of(feed), Duration.ofMinutes(10),
                    dir)) {
                if (!unit.flush(Duration.ofMinutes(10))) {
                    throw new IllegalStateException("not all acknowledged: " + unit.status());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (serverJournal.nextSequence("bench") != count + 1L) {
                throw new IllegalStateException("server journal holds " + (serverJournal.nextSequence("bench") - 1));
            }
            if (proxy != null) {
                System.out.printf("wire: %,d record bytes sent as %,d bytes (TLS, framing, zstd): %.1fx smaller%n",
                        recordBytes, proxy.upstreamBytes(), (double) recordBytes / proxy.upstreamBytes());
                proxy.close();
            }
            listener.close();
            return count / seconds;
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The unit's backlog: {@code count} records journaled as its connector would have; returns their bytes. */
    private static long fill(JournalConfig config, int count) {
        long bytes = 0;
        try (Journal journal = Journal.open(config, () -> 0)) {
            List<Frame> batch = new ArrayList<>(1_000);
            for (int i = 0; i < count; i++) {
                byte[] record = UnitLoopback.record(i + 1);
                bytes += record.length;
                batch.add(Frame.of(record));
                if (batch.size() == 1_000) {
                    journal.append("bench", batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                journal.append("bench", batch);
            }
        }
        return bytes;
    }
}
