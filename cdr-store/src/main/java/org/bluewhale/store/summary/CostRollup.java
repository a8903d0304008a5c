package org.bluewhale.store.summary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.bluewhale.store.cdr.CostDays;

/**
 * Rolls past UTC days up into {@code cost_day} (per charge) and {@code cost_hour} (per hour and
 * charged department), one transaction per day under the roll-up lock, and marks them done; the store clears a mark when a late call of that day arrives
 * ({@link CostDays}). Done on demand by the summary, so a period is scanned call by call once.
 */
final class CostRollup {

    private static final long HOURS_A_DAY = CostDays.DAY_MILLIS / CostDays.HOUR_MILLIS;

    private CostRollup() {
    }

    /**
     * One day per statement: a day's few thousand groups fit the database's in-memory hash
     * aggregation; grouping a whole month by day in one statement measured 3x slower (BENCHMARKS.md).
     */
    private static final String ROLL_UP_DAY = "INSERT INTO cost_day (utc_day, charge_id, call_class, tariff_id, calls,"
            + " duration_s, billed_s, cost_minor, ref_cost_minor) SELECT ?, COALESCE(charge_id, 0), call_class, tariff_id,"
            + " COUNT(*), SUM(duration_s), SUM(billed_s), SUM(cost_minor), SUM(COALESCE(ref_cost_minor, cost_minor))"
            + " FROM cdr WHERE start_utc >= ? AND start_utc < ?"
            + " GROUP BY COALESCE(charge_id, 0), call_class, tariff_id";

    /** One hour per statement, bounded by constants: no dialect's integer division is needed. */
    private static final String ROLL_UP_HOUR = "INSERT INTO cost_hour (utc_hour, department_id, call_class, tariff_id,"
            + " calls, billed_s, cost_minor, ref_cost_minor) SELECT ?, COALESCE(ch.department_id, 0), c.call_class,"
            + " c.tariff_id, COUNT(*), SUM(c.billed_s), SUM(c.cost_minor), SUM(COALESCE(c.ref_cost_minor, c.cost_minor))"
            + " FROM cdr c LEFT JOIN charge ch ON ch.id = c.charge_id WHERE c.start_utc >= ? AND c.start_utc < ?"
            + " GROUP BY COALESCE(ch.department_id, 0), c.call_class, c.tariff_id";

    /**
     * Rolls up the days in [{@code firstDay}, {@code endDay}) that are not done; {@code c} is in
     * auto-commit mode.
     */
    static void ensure(Connection c, long firstDay, long endDay) throws SQLException {
        Set<Long> done = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT utc_day FROM cost_day_done WHERE utc_day >= ? AND utc_day < ?")) {
            ps.setLong(1, firstDay);
            ps.setLong(2, endDay);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.add(rs.getLong(1));
                }
            }
        }
        for (long day = firstDay; day < endDay; day++) {
            if (!done.contains(day)) {
                rollUp(c, day);
            }
        }
    }

    /** One transaction per day, so a store batch with late calls never waits on the lock for long. */
    private static void rollUp(Connection c, long day) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(CostDays.LOCK);
                // another roll-up may have done this day meanwhile
                s.executeUpdate("DELETE FROM cost_day WHERE utc_day = " + day);
                s.executeUpdate("DELETE FROM cost_hour WHERE utc_hour >= " + day * HOURS_A_DAY
                        + " AND utc_hour < " + (day + 1) * HOURS_A_DAY);
                s.executeUpdate("DELETE FROM cost_day_done WHERE utc_day = " + day);
            }
            try (PreparedStatement ps = c.prepareStatement(ROLL_UP_DAY)) {
                ps.setLong(1, day);
                ps.setLong(2, day * CostDays.DAY_MILLIS);
                ps.setLong(3, (day + 1) * CostDays.DAY_MILLIS);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(ROLL_UP_HOUR)) {
                for (long hour = day * HOURS_A_DAY; hour < (day + 1) * HOURS_A_DAY; hour++) {
                    ps.setLong(1, hour);
                    ps.setLong(2, hour * CostDays.HOUR_MILLIS);
                    ps.setLong(3, (hour + 1) * CostDays.HOUR_MILLIS);
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO cost_day_done (utc_day) VALUES (" + day + ")");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
