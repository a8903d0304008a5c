package org.bluewhale.server.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.bluewhale.core.spi.StreamProgress;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.Database;
import org.bluewhale.store.StoreConfig;
import org.bluewhale.store.fence.EpochFence;
import org.bluewhale.store.fence.ProgressSource;

/**
 * The fixed workload every benchmark uses: demo-site Avaya traffic from seed 42, a PBX {@code bench}
 * rated with the demo tariffs, a fresh data directory, H2 or SQLite as the main database.
 */
final class BenchSetup {

    static final String PBX = "bench";
    static final String FORMAT = "avaya-unformatted";
    static final PbxDescriptor DESCRIPTOR = new PbxDescriptor(PBX, "hq", FORMAT, ZoneId.of("Asia/Shanghai"));
    static final long SEED = 42;
    static final Instant TRAFFIC_START = Instant.parse("2026-11-02T00:00:00Z");

    private BenchSetup() {
    }

    /**
     * The records as a PBX puts them on the wire, CR LF after each, in one array: the simulated
     * PBX's data then costs the garbage collector nothing, as a real PBX's would.
     */
    static ByteBuffer wire(int count) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream(count * 96);
        SimulatedFeed feed = new SimulatedFeed(FORMAT, SEED, count, TRAFFIC_START);
        while (feed.hasNext()) {
            wire.writeBytes(feed.next());
            wire.write('\r');
            wire.write('\n');
        }
        return ByteBuffer.wrap(wire.toByteArray());
    }

    static List<byte[]> records(int count) {
        return SimulatedFeed.generate(FORMAT, SEED, count, TRAFFIC_START);
    }

    /** Decodes records as if journaled from position {@code after + 1} on. */
    static List<CallLeg> legs(List<byte[]> records, long after) {
        RecordDecoder decoder = RecordDecoders.discover().create(DESCRIPTOR);
        List<CallLeg> legs = new ArrayList<>(records.size());
        long position = after + 1;
        for (byte[] bytes : records) {
            Decoded decoded = decoder.decode(new RawRecord(position, PBX, position, TRAFFIC_START, bytes, false));
            position++;
            if (decoded instanceof Decoded.Leg leg) {
                legs.add(leg.leg());
            }
        }
        return legs;
    }

    /** The cluster node the fenced store benchmark writes as. */
    static final String NODE = "bench-node";

    /**
     * The database as cluster node {@link #NODE} opens it, owning the bench PBX at epoch 1: each
     * batch passes the fence, which also records a full progress (sequence, position, 32-digest tail).
     */
    static Database fencedDatabase(String url) {
        List<Long> tail = new ArrayList<>();
        for (long i = 0; i < StreamProgress.WINDOW; i++) {
            tail.add(i * 0x9E3779B97F4A7C15L);
        }
        ProgressSource progress = (pbx, position) -> Optional.of(new StreamProgress(position, position, tail,
                System.currentTimeMillis()));
        return Database.openClustered(StoreConfig.of(url, "", ""), NODE,
                new EpochFence(NODE, pbx -> OptionalLong.of(1), progress));
    }

    /** Demo rating plus the bench PBX on a free loopback port, the chosen database, and overrides. */
    static Config config(Path dir, String db, Map<String, String> settings) {
        Config config = DemoSetup.apply(Config.empty())
                .with("pbx." + PBX + ".format", FORMAT)
                .with("pbx." + PBX + ".site", "hq")
                .with("pbx." + PBX + ".zone", "Asia/Shanghai")
                .with("pbx." + PBX + ".transport", "tcp-listen")
                .with("pbx." + PBX + ".bind", "127.0.0.1")
                .with("pbx." + PBX + ".port", "0");
        config = switch (db) {
            case "h2" -> config;
            case "sqlite" -> config.with("db.url", "jdbc:sqlite:" + dir.resolve("db/bluewhale.sqlite"));
            default -> throw new IllegalArgumentException("--db must be h2 or sqlite, got '" + db + "'");
        };
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            config = config.with(setting.getKey(), setting.getValue());
        }
        return config;
    }

    /** What a reader of the figures needs to know about the JVM that produced them. */
    static String jvm() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, GC: " + collectors
                + ", thread priorities as nice values: " + ("1".equals(vmOption("ThreadPriorityPolicy")) ? "yes" : "no");
    }

    private static String vmOption(String name) {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name).getValue();
    }

    static Path freshDirectory() {
        try {
            return Files.createTempDirectory("bluewhale-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
