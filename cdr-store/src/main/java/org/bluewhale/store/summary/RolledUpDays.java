package org.bluewhale.store.summary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code cost_hour} and {@code cost_day} (summed per charge and tariff) of a range of
 * rolled-up UTC days, kept between dashboard requests. Every change to the roll-ups — a roll-up, a
 * late call or re-rating clearing a day's mark, a charge reallocation, retention — bumps
 * {@code cost_day_lock.times} in its own transaction ({@link org.bluewhale.store.cdr.CostDays#LOCK}),
 * so that counter, read from the database on every request, tells whether the kept rows are still
 * the database's: it holds across server nodes sharing one database. The rows are kept raw, before
 * any department scope or name is applied, so operators never share anything but the database's
 * own figures, and renames or moves show at once.
 */
final class RolledUpDays {

    /** Ranges kept at once: a month start differs by zone, and the month turns. */
    static final int RANGES = 8;

    private static final String GENERATION = "SELECT times FROM cost_day_lock WHERE id = 1";
    private static final String HOURS = "SELECT utc_hour, department_id, call_class, tariff_id, calls, billed_s,"
            + " cost_minor, ref_cost_minor FROM cost_hour WHERE utc_hour >= ? AND utc_hour < ? ORDER BY utc_hour";
    private static final String CHARGES = "SELECT charge_id, tariff_id, SUM(calls), SUM(billed_s), SUM(cost_minor),"
            + " SUM(ref_cost_minor) FROM cost_day WHERE utc_day >= ? AND utc_day < ? GROUP BY charge_id, tariff_id";

    /** The rows of one range, as read at one generation; never changed once made. */
    record Rows(long generation, List<long[]> hours, List<long[]> charges) {
    }

    private record Range(long fromHour, long toHour) {
    }

    private final Map<Range, Rows> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Range, Rows> eldest) {
            return size() > RANGES;
        }
    };

    /**
     * The rows of the days [{@code firstDay}, {@code endDay}), rolled up already; the generation is
     * read before the rows, so rows kept under it are never older than it says.
     */
    Rows read(Connection c, long firstDay, long endDay, long hoursADay) throws SQLException {
        long generation = generation(c);
        Range range = new Range(firstDay * hoursADay, endDay * hoursADay);
        synchronized (kept) {
            Rows rows = kept.get(range);
            if (rows != null && rows.generation() == generation) {
                return rows;
            }
        }
        Rows rows = new Rows(generation, rows(c, HOURS, range.fromHour(), range.toHour(), 8),
                rows(c, CHARGES, firstDay, endDay, 6));
        synchronized (kept) {
            Rows other = kept.get(range);
            if (other == null || other.generation() <= generation) {
                kept.put(range, rows);
            }
        }
        return rows;
    }

    private static long generation(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(GENERATION)) {
            if (!rs.next()) {
                throw new SQLException("cost_day_lock has no row");
            }
            return rs.getLong(1);
        }
    }

    private static List<long[]> rows(Connection c, String sql, long low, long high, int columns) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, low);
            ps.setLong(2, high);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] row = new long[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getLong(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
