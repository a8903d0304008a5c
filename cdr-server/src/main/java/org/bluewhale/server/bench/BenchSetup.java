package org.bluewhale.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.server.sim.SimulatedFeed;

/**
 * The fixed workload every benchmark uses: demo-site Avaya traffic from seed 42, a PBX {@code bench}
 * rated with the demo tariffs, a fresh data directory, H2 or SQLite as the main database.
 */
final class BenchSetup {

    static final String PBX = "bench";
    static final String FORMAT = "avaya-unformatted";
    static final PbxDescriptor DESCRIPTOR = new PbxDescriptor(PBX, "hq", FORMAT, ZoneId.of("Asia/Shanghai"));
    private static final Instant TRAFFIC_START = Instant.parse("2026-11-02T00:00:00Z");

    private BenchSetup() {
    }

    static List<byte[]> records(int count) {
        return SimulatedFeed.generate(FORMAT, 42, count, TRAFFIC_START);
    }

    static List<CallLeg> legs(List<byte[]> records) {
        RecordDecoder decoder = RecordDecoders.discover().create(DESCRIPTOR);
        List<CallLeg> legs = new ArrayList<>(records.size());
        long position = 1;
        for (byte[] bytes : records) {
            Decoded decoded = decoder.decode(new RawRecord(position, PBX, position, TRAFFIC_START, bytes, false));
            position++;
            if (decoded instanceof Decoded.Leg leg) {
                legs.add(leg.leg());
            }
        }
        return legs;
    }

    /** Demo rating plus the bench PBX listening on a free loopback port, on the chosen database. */
    static Config config(Path dir, String db) {
        Config config = DemoSetup.apply(Config.empty())
                .with("pbx." + PBX + ".format", FORMAT)
                .with("pbx." + PBX + ".site", "hq")
                .with("pbx." + PBX + ".zone", "Asia/Shanghai")
                .with("pbx." + PBX + ".transport", "tcp-listen")
                .with("pbx." + PBX + ".bind", "127.0.0.1")
                .with("pbx." + PBX + ".port", "0");
        return switch (db) {
            case "h2" -> config;
            case "sqlite" -> config.with("db.url", "jdbc:sqlite:" + dir.resolve("db/bluewhale.sqlite"));
            default -> throw new IllegalArgumentException("--db must be h2 or sqlite, got '" + db + "'");
        };
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
