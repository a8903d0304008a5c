package org.bluewhale.server.bench;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bluewhale.cep.CallCorrelator;
import org.bluewhale.cep.CorrelationConfig;
import org.bluewhale.cep.CorrelationStyle;
import org.bluewhale.connectors.tcp.TcpEventLoops;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.server.ConnectorContext;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.bluewhale.core.rawdump.RawDumpFile;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.rating.ModelJson;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.server.DataDirectory;
import org.bluewhale.server.Engine;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ServerKeys;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.JdbcCdrStore;

/**
 * The benchmarks behind {@code bluewhale bench}. Workloads are generated before the clock starts;
 * each returns records per second and prints how it got there. Methods and figures: BENCHMARKS.md.
 */
public final class Benchmarks {

    /** Socket writes of 1 MiB: large enough to be cheap, small enough for the JDK's buffer cache. */
    private static final int SEND_CHUNK = 1 << 20;

    private Benchmarks() {
    }

    /**
     * The whole path: a simulated PBX sends pre-generated records at full speed over loopback TCP
     * to a tcp-listen connector; the clock stops when the last record is committed in the database
     * ({@code ingestOnly}: when it is journaled, then waits for the pipeline and checks none is lost).
     */
    public static double endToEnd(int count, String db, Map<String, String> settings, boolean ingestOnly)
            throws Exception {
        ByteBuffer wire = BenchSetup.wire(count);
        Path dir = BenchSetup.freshDirectory();
        Config config = BenchSetup.config(dir, db, settings);
        EventLoopGroup loops = TcpEventLoops.newGroup();
        try (Engine engine = Engine.start(dir, config)) {
            TcpListenConnector listener = (TcpListenConnector) engine.pbxSettings(BenchSetup.PBX)
                    .connector(new ConnectorContext(engine.journal(), null, loops, engine.data().root(), null))
                    .orElseThrow(); // tcp-listen: no file sink, no inbox
            listener.start();
            CpuAccount cpu = CpuAccount.start();
            long started = System.nanoTime();
            Thread pbx = new Thread(() -> send(listener.boundPort(), wire), "bench-pbx");
            pbx.start();
            while (engine.journal().writtenPosition() < count) {
                Thread.sleep(1);
            }
            long journaled = System.nanoTime();
            long rawDumped = awaitRawDump(engine, count);
            if (!engine.pipeline().awaitCommitted(count, 3_600_000)) {
                throw new IllegalStateException("pipeline did not catch up within an hour");
            }
            long committed = System.nanoTime();
            System.out.println(cpu.report());
            pbx.join();
            listener.close();
            long stored = engine.database().cdrReader().cdrCount() + engine.database().cdrReader().quarantineCount();
            double ingestRate = count / seconds(started, journaled);
            double e2eRate = count / seconds(started, committed);
            System.out.printf("%,d records over loopback TCP into %s: journaled in %.2f s (%,.0f records/s), "
                            + "committed in %.2f s (%,.0f CDR/s); rows+quarantined in the database: %,d (lost: %d)%n",
                    count, engine.database().dialectName(), seconds(started, journaled), ingestRate,
                    seconds(started, committed), e2eRate, stored, count - stored);
            if (stored != count) {
                throw new IllegalStateException((count - stored) + " records missing from the database");
            }
            reportRawDump(engine, count, started, rawDumped);
            return ingestOnly ? ingestRate : e2eRate;
        } finally {
            loops.shutdownGracefully();
            BenchSetup.delete(dir);
        }
    }

    /** Waits for the raw dump to copy the burst (while the pipeline works on) and returns when it had. */
    private static long awaitRawDump(Engine engine, int count) throws InterruptedException {
        while (engine.rawDump().position() < count && engine.rawDump().failure() == null) {
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    /** Prints how soon the raw dump had the burst and checks it holds every record once. */
    private static void reportRawDump(Engine engine, int count, long started, long copied) {
        long dumped = engine.rawDumpFiles().list(BenchSetup.PBX).stream().mapToLong(RawDumpFile::records).sum();
        System.out.printf("raw dump: copied and forced %.2f s after the first byte (%,.0f records/s); %,d records in "
                + "its files (missing: %d)%n", seconds(started, copied), count / seconds(started, copied), dumped,
                count - dumped);
        if (dumped != count) {
            throw new IllegalStateException((count - dumped) + " records missing from the raw dump");
        }
    }

    /** The simulated PBX: writes the pre-framed records to a plain socket as fast as it takes them. */
    private static void send(int port, ByteBuffer wire) {
        try (SocketChannel socket = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            while (wire.hasRemaining()) {
                ByteBuffer chunk = wire.slice().limit(Math.min(wire.remaining(), SEND_CHUNK));
                while (chunk.hasRemaining()) {
                    socket.write(chunk);
                }
                wire.position(wire.position() + chunk.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench PBX failed", e);
        }
    }

    /** Decoding only: the avaya-unformatted decoder on one thread. */
    public static double parse(int count) {
        List<byte[]> records = BenchSetup.records(count);
        RecordDecoder decoder = RecordDecoders.discover().create(BenchSetup.DESCRIPTOR);
        List<RawRecord> raw = new ArrayList<>(records.size());
        long position = 1;
        for (byte[] bytes : records) {
            raw.add(new RawRecord(position, BenchSetup.PBX, position, java.time.Instant.EPOCH, bytes, false));
            position++;
        }
        long started = System.nanoTime();
        long legs = 0;
        for (RawRecord record : raw) {
            if (decoder.decode(record) instanceof org.bluewhale.core.decode.Decoded.Leg) {
                legs++;
            }
        }
        double elapsed = seconds(started, System.nanoTime());
        System.out.printf("decoded %,d of %,d records in %.2f s%n", legs, count, elapsed);
        return count / elapsed;
    }

    /** Rating only: the demo model on one thread. */
    public static double rate(int count) {
        List<CallLeg> legs = BenchSetup.legs(BenchSetup.records(count), 0);
        RatingEngine rater = new RatingEngine(ModelJson.demo(), pbx -> "hq", UsageLedger.inMemory());
        long started = System.nanoTime();
        long minor = 0;
        for (CallLeg leg : legs) {
            minor += rater.rate(leg).cost().minorUnits();
        }
        double elapsed = seconds(started, System.nanoTime());
        System.out.printf("rated %,d legs in %.2f s (total %,d fen)%n", legs.size(), elapsed, minor);
        return legs.size() / elapsed;
    }

    /**
     * The store alone: the same rows the pipeline writes (correlated as the server correlates this
     * PBX's format, then rated), in the pipeline's batch size, into a fresh database. Rows are made
     * batch by batch outside the clock, so the heap holds one batch, not millions. {@code fenced}:
     * as a cluster node writes, each batch through the ownership fence recording the stream's progress.
     */
    public static double store(int count, String db, Map<String, String> settings, boolean fenced) {
        RatingEngine rater = new RatingEngine(ModelJson.demo(), pbx -> "hq", UsageLedger.inMemory());
        Path dir = BenchSetup.freshDirectory();
        Config config = BenchSetup.config(dir, db, settings);
        int batch = config.get(ServerKeys.PIPELINE_STORE_BATCH);
        SimulatedFeed feed = new SimulatedFeed(BenchSetup.FORMAT, BenchSetup.SEED, count, BenchSetup.TRAFFIC_START);
        Instant now = Instant.now();
        String url = DataDirectory.databaseUrl(dir, config);
        try (Database database = fenced ? BenchSetup.fencedDatabase(url) : Database.open(url, "", "");
             CallCorrelator correlator = new CallCorrelator(CorrelationConfig.defaults(),
                     pbx -> CorrelationStyle.forFormat(BenchSetup.FORMAT), now)) {
            JdbcCdrStore store = database.cdrStore();
            store.registerPbx(BenchSetup.DESCRIPTOR);
            if (fenced) {
                database.pbxOwners().claim(BenchSetup.PBX, BenchSetup.NODE, 1);
            }
            long storing = 0;
            long storingCpu = 0;
            long stored = 0;
            long position = 0;
            while (feed.hasNext() || correlator.heldLegs() > 0) {
                List<byte[]> records = new ArrayList<>(batch);
                while (records.size() < batch && feed.hasNext()) {
                    records.add(feed.next());
                }
                List<CallLeg> ready = feed.hasNext()
                        ? correlator.offer(BenchSetup.legs(records, position), now)
                        : concat(correlator.offer(BenchSetup.legs(records, position), now),
                                correlator.advance(now.plus(CorrelationConfig.MAX_WINDOW.multipliedBy(2))));
                List<RatedCall> rated = new ArrayList<>(ready.size());
                ready.forEach(leg -> rated.add(rater.rate(leg)));
                position += records.size();
                long started = System.nanoTime();
                long startedCpu = CpuAccount.currentThreadCpu();
                store.write(new StoreBatch(rated, List.of(), position));
                storing += System.nanoTime() - started;
                storingCpu += CpuAccount.currentThreadCpu() - startedCpu;
                stored += rated.size();
            }
            double elapsed = storing / 1e9;
            System.out.printf("stored %,d rated calls into %s in batches of %,d%s in %.2f s (writes only, %.1f CPU s)%n",
                    stored, database.dialectName(), batch, fenced ? " through the cluster fence" : "", elapsed,
                    storingCpu / 1e9);
            return stored / elapsed;
        } finally {
            BenchSetup.delete(dir);
        }
    }

    private static List<CallLeg> concat(List<CallLeg> first, List<CallLeg> second) {
        List<CallLeg> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** The JVM the figures come from: version, CPUs, heap, garbage collector. */
    public static String jvm() {
        return BenchSetup.jvm();
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
