package org.bluewhale.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.SampleCalls;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.store.summary.CostLine;

/**
 * Times the department cost summary over a month of N calls (H2 or PostgreSQL): the first run,
 * which rolls the month's days up from the calls, and the runs after it; and the stored size per call. The org is 1,000 people in 25 departments three levels deep, holding the
 * extensions 2000-2999; 10,000 calls go through the real store (so zones, tariffs and charges are
 * allocated as in production), the rest are generated inside the database from the same value
 * ranges, which fills 10 million rows in a minute instead of an hour on a loaded 2-core machine.
 *
 * <pre>
 * java -cp ... org.bluewhale.store.bench.SummaryBenchmark h2|postgresql ROWS DIR [RUNS]
 * </pre>
 */
public final class SummaryBenchmark {

    private static final Instant MONTH = Instant.parse("2025-03-01T00:00:00Z");
    private static final int CHUNK = 1_000_000;

    public static void main(String[] args) throws Exception {
        Databases kind = Databases.valueOf(args[0].toUpperCase(Locale.ROOT));
        long rows = Long.parseLong(args[1]);
        Path dir = Files.createTempDirectory(Path.of(args[2]), "summary-" + args[0]);
        int runs = Math.max(2, args.length > 3 ? Integer.parseInt(args[3]) : 5);
        try (Database db = Database.open(kind.url(dir), kind.user(), "")) {
            fill(db, kind, rows);
            long[] millis = new long[runs];
            List<CostLine> lines = List.of();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                lines = db.departmentSummary().between(MONTH, MONTH.plusSeconds(40L * 86_400));
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            long calls = lines.stream().mapToLong(CostLine::calls).sum();
            long first = millis[0];
            long[] rolledUp = Arrays.copyOfRange(millis, 1, runs);
            Arrays.sort(rolledUp);
            long size = kind.embedded() ? sizeOf(dir) : tableSize(db);
            System.out.printf("%s summary of %d calls in %d lines: first run (rolls the month up) %d ms, then median %d ms"
                    + " of %s ms; %d bytes per call (%d MiB)%n", args[0], calls, lines.size(), first,
                    rolledUp[rolledUp.length / 2], Arrays.toString(rolledUp), size / rows, size >> 20);
        } finally {
            Databases.dropServerSchemas();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The benchmark's company and {@code rows} calls in March 2025 (the report benchmark of the
     * reports module fills its database the same way).
     */
    public static void fill(Database db, Databases kind, long rows) throws Exception {
        seedOrg(db.orgRepository());
        db.cdrStore().registerPbx(new PbxDescriptor("bench1", "paris", "avaya-cm", ZoneId.of("Europe/Paris")));
        SampleCalls samples = new SampleCalls(42, 1000);
        List<RatedCall> real = samples.calls("bench1", 1, 10_000, MONTH);
        db.cdrStore().write(new StoreBatch(real, List.of(), 10_000));
        long fillStart = System.nanoTime();
        generate(db, kind, rows - real.size());
        System.out.printf("filled %d rows in %.0f s%n", rows, (System.nanoTime() - fillStart) / 1e9);
    }

    /** 25 departments (5 divisions of 4 teams), 1,000 people on extensions 2000-2999. */
    private static void seedOrg(OrgRepository org) {
        Department company = org.addDepartment("Bench Co.", null);
        List<Department> teams = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            Department division = org.addDepartment("Division " + d, company.id());
            for (int t = 0; t < 4; t++) {
                teams.add(org.addDepartment("Team " + d + "." + t, division.id()));
            }
        }
        for (int i = 0; i < 1000; i++) {
            AppUser user = org.addUser("Person " + i, teams.get(i % teams.size()).id());
            org.assignExtension(Integer.toString(2000 + i), user.id(), MONTH.minusSeconds(365L * 86_400));
        }
    }

    /** Inserts {@code count} more rows after the real ones, a million per statement and commit. */
    private static void generate(Database db, Databases kind, long count) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            int[] charges = range(s, "charge");
            int[] tariffs = range(s, "tariff");
            long keyBase = (1L << 40) + 100_000;
            long startBase = MONTH.toEpochMilli() + 3_600_000;
            long spacing = Math.max(1, 28L * 86_400_000 / Math.max(1, count)); // whatever N, the calls fill March
            for (long from = 1; from <= count; from += CHUNK) {
                long to = Math.min(count, from + CHUNK - 1);
                String values = "SELECT " + keyBase + " + x, x, " + startBase + " + x * " + spacing + ", 1, MOD(x * 7919, 1200),"
                        + " MOD(x, 30), CAST(2000 + MOD(x * 31, 1000) AS VARCHAR(8)),"
                        + " '0' || CAST(600000000 + MOD(x * 104729, 399999999) AS VARCHAR(12)), 1, '7',"
                        + " CASE WHEN MOD(x, 10) = 0 THEN '4711' END, NULL, NULL, 'T00' || CAST(MOD(x, 4) AS VARCHAR(2)),"
                        + " NULL, 1 + MOD(x, 5), MOD(x * 7919, 1200) + 59, MOD(x * 13, 5000), "
                        + tariffs[0] + " + MOD(x, " + tariffs[1] + "), " + charges[0] + " + MOD(x * 31, " + charges[1] + ")";
                String source = kind == Databases.H2 ? " FROM SYSTEM_RANGE(" + from + ", " + to + ")"
                        : " FROM generate_series(" + from + "::bigint, " + to + "::bigint) AS g(x)";
                s.executeUpdate("INSERT INTO cdr (cdr_key, journal_pos, start_utc, zone_id, duration_s, ring_s, calling,"
                        + " dialed, direction, condition_code, account_code, auth_code, trunk_in, trunk_out, correlation_id,"
                        + " call_class, billed_s, cost_minor, tariff_id, charge_id) " + values + source);
            }
            if (kind == Databases.POSTGRESQL) {
                s.execute("VACUUM ANALYZE cdr");
            }
        }
    }

    /** {lowest id, how many} of a lookup table the real calls filled. */
    private static int[] range(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT MIN(id), COUNT(*) FROM " + table)) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    private static long tableSize(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_total_relation_size('cdr') + COALESCE((SELECT SUM(pg_total_relation_size(inhrelid))"
                + " FROM pg_inherits WHERE inhparent = 'cdr'::regclass), 0)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long sizeOf(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
