package org.bluewhale.rsp.bluewhale;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.rsp.TlsFiles;

/**
 * Rerunnable throughput of Bluewhale RSP over loopback into a real journal on disk (not a test:
 * run its main from the module directory). A sender with every record already in its outbox
 * sends them in batches of 1,000 to a listener on the same machine; the clock runs from the
 * sender's start to the ACK of the last record, so handshake, framing, (de)compression, TLS,
 * journal appends and acknowledgements are all inside it. Records are Avaya-like CDR lines of
 * 92 bytes. After one uncounted warm-up run per mode, prints records/s and CPU per record for
 * each mode and round, then the medians.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.bluewhale.rsp.bluewhale.RspThroughputBenchmark [records] [rounds] [modes]</pre>
 */
public final class RspThroughputBenchmark {

    private static final Path TLS = Path.of("src", "test", "resources", "tls");
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<byte[]> records = records(count);
        String[] modes = args.length > 2 ? args[2].split(",") : new String[] {"plain", "plain+zstd", "tls", "tls+zstd"};
        double[][] rates = new double[modes.length][rounds];
        for (String mode : modes) { // warm-up, not counted: the JIT compiles the hot paths of every mode
            run(records.subList(0, Math.min(records.size(), 300_000)), mode.startsWith("tls"), mode.endsWith("zstd"));
        }
        for (int round = 0; round < rounds; round++) {
            for (int mode = 0; mode < modes.length; mode++) { // interleaved, so drift hits every mode alike
                rates[mode][round] = run(records, modes[mode].startsWith("tls"), modes[mode].endsWith("zstd"));
                System.out.printf("round %d %-10s %,12.0f records/s%n", round, modes[mode], rates[mode][round]);
            }
        }
        for (int mode = 0; mode < modes.length; mode++) {
            double[] sorted = rates[mode].clone();
            Arrays.sort(sorted);
            System.out.printf("median %-10s %,12.0f records/s  (runs: %s)%n", modes[mode], sorted[rounds / 2],
                    Arrays.toString(Arrays.stream(rates[mode]).mapToLong(Math::round).toArray()));
        }
    }

    static List<byte[]> records(int count) {
        List<byte[]> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(String.format("11/02 %02d:%02d 00:%02d:%02d A 9%010d   2%03d 001 0 101 %05d 7 0 0 0 4 000%06d",
                    i / 60 % 24, i % 60, i % 37, i % 59, 86_000_000L + i * 7919L % 9_000_000, i % 1000, i % 99_991,
                    i).getBytes(StandardCharsets.US_ASCII));
        }
        return records;
    }

    private static double run(List<byte[]> records, boolean tls, boolean compress) throws Exception {
        Path dir = Files.createTempDirectory("rsp-bench");
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        RspAuth key = new RspAuth("benchmark pre-shared key 0123456789".getBytes(StandardCharsets.UTF_8));
        RspServerConfig server = RspServerConfig.withKey("bench", key);
        if (tls) {
            server = server.withTls(TlsFiles.server(TLS.resolve("server.pem"), TLS.resolve("server.key"), null), false);
        }
        try (Journal journal = Journal.open(JournalConfig.defaults(dir), () -> 0)) {
            RspListener listener = RspServerInitializer.listener(server, "127.0.0.1", 0, journal, loops);
            listener.start();
            RspClientConfig client = RspClientConfig.of("localhost", listener.boundPort(), "bench", key)
                    .withCompression(compress);
            if (tls) {
                SslContext context = TlsFiles.client(TLS.resolve("server.pem"), null, null);
                client = client.withTls(context);
            }
            long start = System.nanoTime();
            long cpuStart = CPU.getProcessCpuTime();
            try (RspSender sender = RspSender.start(client, MemoryOutbox.resuming(1, records, records.size()))) {
                if (!sender.awaitAcknowledged(records.size(), Duration.ofMinutes(5))) {
                    throw new IllegalStateException("not all acknowledged: " + sender.acknowledged());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %.2f us CPU per record (sender and server together), %.1f s%n",
                    (CPU.getProcessCpuTime() - cpuStart) / 1e3 / records.size(), seconds);
            if (journal.nextSequence("bench") != records.size() + 1L) {
                throw new IllegalStateException("journal holds " + (journal.nextSequence("bench") - 1));
            }
            listener.close();
            return records.size() / seconds;
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
