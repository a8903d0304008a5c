package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.dialect.Dialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL's cdr is partitioned by month: existing calls move in, new months get their partition. */
class MonthPartitionTest {

    private static final Instant EVER = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void callsAreStoredInTheirMonthsPartitionAndStragglersMoveOutOfTheDefault() throws Exception {
        String url = Databases.POSTGRESQL.url(dataDir);
        SampleCalls samples = new SampleCalls(5);
        // a database from before partitioning, holding calls of January and February
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration/common")
                .placeholders(Dialect.forUrl(url).placeholders()).target("21").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO pbx (id, name, site, format, zone) VALUES (1, 'pbx', 'paris', 'avaya-cm', 'Europe/Paris')");
            s.execute("INSERT INTO zone (id, name) VALUES (1, 'Europe/Paris')");
            s.execute("INSERT INTO tariff (id, name, currency) VALUES (1, 'FR', 'EUR')");
            for (String start : List.of("2025-01-05T10:00:00Z", "2025-02-05T10:00:00Z")) {
                long key = (1L << 40) + Instant.parse(start).getEpochSecond() % 1000;
                s.execute("INSERT INTO cdr (cdr_key, journal_pos, start_utc, zone_id, duration_s, ring_s, direction,"
                        + " call_class, billed_s, cost_minor, tariff_id) VALUES (" + key + ", 1, "
                        + Instant.parse(start).toEpochMilli() + ", 1, 60, 0, 1, 3, 60, 10, 1)");
            }
        }
        try (Database db = Database.open(url, "postgres", "")) {
            assertEquals(List.of("cdr_2025_01", "cdr_2025_02", "cdr_default"), partitions(db));
            // a restore or another tool inserting a call of a month without a partition: it lands in the default
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO cdr (cdr_key, journal_pos, start_utc, zone_id, duration_s, ring_s, direction,"
                        + " call_class, billed_s, cost_minor, tariff_id) VALUES (" + ((1L << 40) + 999) + ", 1, "
                        + Instant.parse("2025-03-20T10:00:00Z").toEpochMilli() + ", 1, 60, 0, 1, 3, 60, 10, 1)");
            }
            db.cdrStore().registerPbx(new PbxDescriptor("pbx", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(List.of(samples.call("pbx", 5000, 5, Instant.parse("2025-03-01T00:00:00Z")),
                    samples.call("pbx", 5001, 6, Instant.parse("2025-04-30T23:59:59Z"))), List.of(), 6));

            assertEquals(List.of("cdr_2025_01", "cdr_2025_02", "cdr_2025_03", "cdr_2025_04", "cdr_default"), partitions(db));
            assertEquals(List.of(1L, 1L, 2L, 1L, 0L), rowsPerPartition(db));
            assertEquals(5, db.cdrReader().count(CdrQuery.between(Instant.EPOCH, EVER)));
        }
    }

    private static List<String> partitions(Database db) throws Exception {
        return strings(db, "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'cdr' AND p.relnamespace = c.relnamespace"
                + " AND c.relkind = 'r' AND c.relnamespace = to_regnamespace(current_schema()) ORDER BY c.relname");
    }

    private static List<Long> rowsPerPartition(Database db) throws Exception {
        List<Long> counts = new ArrayList<>();
        for (String partition : partitions(db)) {
            counts.add(Long.parseLong(strings(db, "SELECT COUNT(*) FROM " + partition).get(0)));
        }
        return counts;
    }

    private static List<String> strings(Database db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
