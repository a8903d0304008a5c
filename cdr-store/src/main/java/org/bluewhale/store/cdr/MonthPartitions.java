package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's month partitions of {@code cdr} (see the V22 PostgreSQL migration): before a batch,
 * each month its calls fall in gets its partition, created once, with any calls of that month
 * moved out of {@code cdr_default} in the same transaction. The hot path is two comparisons per
 * call against the last month seen.
 */
final class MonthPartitions {

    private final Set<YearMonth> known = new HashSet<>();
    private long lastLow = Long.MAX_VALUE;
    private long lastHigh = Long.MIN_VALUE;

    /** Creates the missing partitions of the calls' months; {@code c} is in auto-commit mode. */
    void ensure(Connection c, List<CdrRows.Row> calls) throws SQLException {
        for (CdrRows.Row call : calls) {
            long start = call.call().leg().start().toEpochMilli();
            if (start >= lastLow && start < lastHigh) {
                continue;
            }
            YearMonth month = YearMonth.from(Instant.ofEpochMilli(start).atOffset(ZoneOffset.UTC));
            if (known.add(month)) {
                create(c, month);
            }
            lastLow = startOf(month);
            lastHigh = startOf(month.plusMonths(1));
        }
    }

    private static void create(Connection c, YearMonth month) throws SQLException {
        String name = String.format("cdr_%04d_%02d", month.getYear(), month.getMonthValue());
        long low = startOf(month);
        long high = startOf(month.plusMonths(1));
        String range = " start_utc >= " + low + " AND start_utc < " + high;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (!exists(s, name)) {
                s.execute("CREATE TABLE " + name + " (LIKE cdr INCLUDING DEFAULTS)");
                s.execute("INSERT INTO " + name + " SELECT * FROM cdr_default WHERE" + range);
                s.execute("DELETE FROM cdr_default WHERE" + range);
                s.execute("ALTER TABLE cdr ATTACH PARTITION " + name + " FOR VALUES FROM (" + low + ") TO (" + high + ")");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
