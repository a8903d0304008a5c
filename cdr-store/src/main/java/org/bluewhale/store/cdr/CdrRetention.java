package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.bluewhale.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention policy: calls older than N whole months are deleted from {@code cdr}, or first
 * copied to {@code cdr_archive} (same columns), one transaction per month so a large backlog
 * never makes one huge transaction. Their daily cost roll-ups and the call-quality reports of the
 * month go with them (quality reports are not archived). Months are UTC.
 */
public final class CdrRetention {

    /** What happens to calls past the retention period. */
    public enum Action {
        /** Deleted. */
        PURGE,
        /** Moved to {@code cdr_archive}, out of the way of the live table. */
        ARCHIVE
    }

    private static final Logger LOG = LoggerFactory.getLogger(CdrRetention.class);
    /** cdr_archive has every column of cdr (V20, V23, V50). */
    private static final String COLUMNS = String.join(", ", CdrRows.COLUMNS);

    private final DataSource pool;

    public CdrRetention(DataSource pool) {
        this.pool = pool;
    }

    /**
     * Keeps the current month and the {@code months} before it (as of {@code now}); returns how
     * many calls were removed from {@code cdr}.
     */
    public long apply(int months, Action action, Instant now) {
        if (months < 1) {
            throw new IllegalArgumentException("retention must keep at least 1 month, got " + months);
        }
        YearMonth firstKept = YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(months);
        return olderThan(firstKept, action);
    }

    /** Removes calls that started before month {@code firstKept}; returns how many. */
    public long olderThan(YearMonth firstKept, Action action) {
        long cutoff = startOf(firstKept);
        long removed = 0;
        try (Connection c = pool.getConnection()) {
            Long oldest = oldestStart(c);
            if (oldest == null || oldest >= cutoff) {
                return 0;
            }
            for (YearMonth month = YearMonth.from(Instant.ofEpochMilli(oldest).atOffset(ZoneOffset.UTC));
                    month.isBefore(firstKept); month = month.plusMonths(1)) {
                removed += removeMonth(c, startOf(month), startOf(month.plusMonths(1)), action);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot apply the CDR retention policy: " + e.getMessage(), e);
        }
        LOG.info("retention: {} {} calls that started before {}", action == Action.ARCHIVE ? "archived" : "purged",
                removed, firstKept);
        return removed;
    }

    private static long removeMonth(Connection c, long from, long to, Action action) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(CostDays.LOCK); // no roll-up of these days meanwhile
            }
            if (action == Action.ARCHIVE) {
                range(c, "INSERT INTO cdr_archive (" + COLUMNS + ") SELECT " + COLUMNS
                        + " FROM cdr WHERE start_utc >= ? AND start_utc < ?", from, to);
            }
            long removed = range(c, "DELETE FROM cdr WHERE start_utc >= ? AND start_utc < ?", from, to);
            range(c, "DELETE FROM call_quality WHERE reported_at >= ? AND reported_at < ?", from, to);
            long firstDay = CostDays.dayOf(from);
            long endDay = CostDays.dayOf(to);
            range(c, "DELETE FROM cost_day WHERE utc_day >= ? AND utc_day < ?", firstDay, endDay);
            range(c, "DELETE FROM cost_hour WHERE utc_hour >= ? AND utc_hour < ?",
                    firstDay * (CostDays.DAY_MILLIS / CostDays.HOUR_MILLIS), endDay * (CostDays.DAY_MILLIS / CostDays.HOUR_MILLIS));
            range(c, "DELETE FROM cost_day_done WHERE utc_day >= ? AND utc_day < ?", firstDay, endDay);
            c.commit();
            return removed;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int range(Connection c, String sql, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            return ps.executeUpdate();
        }
    }

    /** The oldest call start or quality report: a month may hold reports whose calls are gone. */
    private static Long oldestStart(Connection c) throws SQLException {
        Long call = min(c, "SELECT MIN(start_utc) FROM cdr");
        Long report = min(c, "SELECT MIN(reported_at) FROM call_quality");
        return call == null ? report : report == null ? call : Long.valueOf(Math.min(call, report));
    }

    private static Long min(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    private static long startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
