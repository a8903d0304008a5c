package org.bluewhale.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.SampleCalls;
import org.bluewhale.store.cdr.JdbcCdrStore;

/**
 * Measures the bare store rate: N realistic rows written through {@link JdbcCdrStore#write} in
 * batches, into a fresh database file, or a fresh schema on the local PostgreSQL or MariaDB
 * server (as the tests use them; dropped afterwards). Only the write calls are timed
 * (generating the rows is not the store's cost).
 *
 * <pre>
 * java -cp ... org.bluewhale.store.bench.StoreBenchmark h2|sqlite|postgresql|mariadb ROWS BATCH index|noindex DIR [URL-SUFFIX]
 * </pre>
 * The optional URL suffix overrides settings, e.g. {@code ;WRITE_DELAY=500} (H2),
 * {@code ?page_size=4096} (SQLite) or {@code &options=-c%20synchronous_commit=on} (PostgreSQL).
 */
public final class StoreBenchmark {

    public static void main(String[] args) throws Exception {
        String dialect = args[0];
        long rows = Long.parseLong(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        boolean index = !"noindex".equals(args[3]);
        Path dir = Files.createTempDirectory(Path.of(args[4]), "bench-" + dialect);
        Databases kind = Databases.valueOf(dialect.toUpperCase(Locale.ROOT));
        String url = kind.url(dir) + (args.length > 5 ? args[5] : "");
        try (Database db = Database.open(url, kind.user(), "")) {
            if (!index) {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP INDEX cdr_start_utc");
                }
            }
            JdbcCdrStore store = db.cdrStore();
            store.registerPbx(new PbxDescriptor("bench1", "paris", "avaya-cm", ZoneId.of("Europe/Paris")));
            SampleCalls samples = new SampleCalls(42);
            Instant start = Instant.parse("2025-01-06T07:00:00Z");
            long writeNanos = 0;
            long wallStart = System.nanoTime();
            for (long seq = 1; seq <= rows; seq += batchSize) {
                int n = (int) Math.min(batchSize, rows - seq + 1);
                List<RatedCall> calls = samples.calls("bench1", seq, n, start);
                start = calls.get(n - 1).leg().start();
                long t0 = System.nanoTime();
                store.write(new StoreBatch(calls, List.of(), seq + n - 1));
                writeNanos += System.nanoTime() - t0;
            }
            long wallNanos = System.nanoTime() - wallStart;
            System.out.printf("%s index=%s rows=%d batch=%d: store %.0f rows/s (write %.1f s, wall %.1f s), %d MiB on disk%n",
                    dialect, index, rows, batchSize, rows / (writeNanos / 1e9), writeNanos / 1e9, wallNanos / 1e9,
                    (kind.embedded() ? sizeOf(dir) : tableSize(db, kind)) >> 20);
        } finally {
            Databases.dropServerSchemas();
            deleteTree(dir);
        }
    }

    /** The server's own figure for the cdr table with its indexes (MariaDB's is an estimate). */
    private static long tableSize(Database db, Databases kind) throws Exception {
        String sql = kind == Databases.POSTGRESQL ? "SELECT pg_total_relation_size('cdr') + COALESCE((SELECT SUM(pg_total_relation_size(inhrelid))"
                + " FROM pg_inherits WHERE inhparent = 'cdr'::regclass), 0)"
                : "SELECT data_length + index_length FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = 'cdr'";
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (kind == Databases.MARIADB) {
                s.execute("ANALYZE TABLE cdr");
            }
            try (var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long sizeOf(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
