package org.bluewhale.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.store.Database;
import org.bluewhale.store.SampleCalls;
import org.bluewhale.store.StoreConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The main database goes away under full load — cut, then stalled — and comes back: the main
 * database must then hold every record exactly once, and the offline database nothing.
 * The outage lasts {@code -Dbluewhale.outage=2s} (seconds here; {@code 10m} to soak), under a load
 * of {@code -Dbluewhale.outage.batches-per-second=20}.
 */
class OutageTest {

    static final Duration OUTAGE = Duration.parse("PT" + System.getProperty("bluewhale.outage", "2s"));
    /** Batches of 501 records per second: 20 is 10,000 records a second, a large PBX estate many times over. */
    static final int LOAD = Integer.getInteger("bluewhale.outage.batches-per-second", 20);
    static final FailoverConfig FAST = new FailoverConfig(Duration.ofSeconds(2), Duration.ofMillis(50),
            Duration.ofMillis(400), FailoverConfig.DEFAULT_MAX_RECORDS);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(MainDatabase.Kind.class)
    void everyRecordReachesTheMainDatabaseOnceAfterACutAndAStall(MainDatabase.Kind kind) throws Exception {
        try (MainDatabase main = MainDatabase.start(kind, dir.resolve("main"));
             Database db = Database.open(StoreConfig.of(main.url, main.user, ""))) {
            db.cdrStore().registerPbx(new PbxDescriptor(Feeder.PBX, "paris", "avaya-cm", SampleCalls.PARIS));
            FailoverCdrStore store = new FailoverCdrStore(db.cdrStore(), OfflineDatabase.open(dir.resolve("offline.sqlite")),
                    FAST);
            try (store) {
                Feeder feeder = new Feeder(store, store.committedPosition(), LOAD);
                try (feeder) {
                    Poll.until("batches written online", () -> feeder.batches() >= 5);
                    assertNull(store.status().offlineSince(), "online: not offline since anything");

                    Instant cutAt = Instant.now();
                    main.proxy.cut();
                    Poll.until("the store going offline", () -> store.status().mode() == FailoverCdrStore.Mode.OFFLINE);
                    Instant since = store.status().offlineSince();
                    assertTrue(!since.isBefore(cutAt) && !since.isAfter(Instant.now()), "offline since the cut: " + since);
                    long offlineFrom = System.nanoTime();
                    Poll.until(OUTAGE.plusSeconds(30), "an outage of " + OUTAGE + " with a backlog offline",
                            () -> System.nanoTime() - offlineFrom >= OUTAGE.toNanos()
                                    && store.status().backlogRecords() > 0);
                    main.proxy.restore();
                    awaitDrained(store);
                    assertNull(store.status().offlineSince(), "drained and online again");

                    main.proxy.stall();
                    Poll.until(Duration.ofSeconds(30), "a stalled write timing out",
                            () -> store.status().mode() == FailoverCdrStore.Mode.OFFLINE
                                    && store.status().backlogRecords() > 0);
                    main.proxy.restore();
                }
                awaitDrained(store);
                assertEquals(feeder.lastPosition(), store.committedPosition());
                assertExactlyOnce(db, feeder);
            }
        }
    }

    static void awaitDrained(FailoverCdrStore store) {
        Poll.until(Duration.ofSeconds(60), "the offline backlog draining",
                () -> store.status().mode() == FailoverCdrStore.Mode.ONLINE && store.status().backlogBatches() == 0);
    }

    /** Every call and quarantined record the feeders handed over is in the main database, once. */
    static void assertExactlyOnce(Database db, Feeder... feeders) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(Arrays.stream(feeders).mapToLong(Feeder::calls).sum(), count(s, "SELECT COUNT(*) FROM cdr"),
                    "calls in the main database");
            assertEquals(Arrays.stream(feeders).mapToLong(Feeder::batches).sum(),
                    count(s, "SELECT COUNT(*) FROM quarantine"), "quarantined records");
            assertEquals(Arrays.stream(feeders).mapToLong(Feeder::durationSum).sum(),
                    count(s, "SELECT SUM(duration_s) FROM cdr"), "sum of durations");
            assertEquals(feeders[feeders.length - 1].lastPosition(),
                    count(s, "SELECT committed_pos FROM pipeline_state"), "committed journal position");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
