package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store's side of the daily cost roll-up ({@code cost_day}, see the V21 migration): a batch
 * that carries calls of a day before today takes the roll-up lock and clears those days' done
 * marks in its own transaction, so a rolled-up day never misses a late call. Calls of today, the
 * live traffic, cost nothing but one comparison each.
 */
public final class CostDays {

    public static final long DAY_MILLIS = 86_400_000L;
    /** The unit of {@code cost_hour.utc_hour}, rolled up with its day. */
    public static final long HOUR_MILLIS = 3_600_000L;
    /** Taken by the roll-up and by a batch with late calls; held until commit. */
    public static final String LOCK = "UPDATE cost_day_lock SET times = times + 1 WHERE id = 1";

    private CostDays() {
    }

    /** The UTC day of an epoch-millisecond instant. */
    public static long dayOf(long epochMillis) {
        return Math.floorDiv(epochMillis, DAY_MILLIS);
    }

    /** The first UTC day that starts at or after an epoch-millisecond instant. */
    public static long firstWholeDay(long epochMillis) {
        return Math.floorDiv(epochMillis + DAY_MILLIS - 1, DAY_MILLIS);
    }

    /** Clears the done marks of the past days among the calls' starts; {@code c} is in the batch's transaction. */
    static void forgetLateDays(Connection c, List<CdrRows.Row> calls, long nowMillis) throws SQLException {
        long today = dayOf(nowMillis);
        Set<Long> late = null;
        long previous = today; // a batch's calls mostly share a day: the set sees each run of them once
        for (CdrRows.Row call : calls) {
            long day = dayOf(call.call().leg().start().toEpochMilli());
            if (day < today && day != previous) {
                (late == null ? late = new TreeSet<>() : late).add(day);
            }
            previous = day;
        }
        if (late != null) {
            forget(c, late);
        }
    }

    /** Clears the done marks of {@code days}, under the roll-up lock. */
    static void forget(Connection c, Set<Long> days) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(LOCK);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cost_day_done WHERE utc_day = ?")) {
            for (long day : days) {
                ps.setLong(1, day);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Clears the done marks from {@code fromDay} on (a reallocation), under the roll-up lock. */
    static void forgetFrom(Connection c, long fromDay) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(LOCK);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cost_day_done WHERE utc_day >= ?")) {
            ps.setLong(1, fromDay);
            ps.executeUpdate();
        }
    }
}
