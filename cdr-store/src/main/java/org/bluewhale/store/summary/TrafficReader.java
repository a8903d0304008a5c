package org.bluewhale.store.summary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bluewhale.core.CallClass;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.cdr.CdrCodes;
import org.bluewhale.store.cdr.CostDays;

/**
 * The calls of a period up to now as the dashboard folds them (web, issue 7), without reading
 * every call of a month: whole past UTC days come from the roll-ups ({@code cost_hour} per hour
 * and department, {@code cost_day} per charge; {@link CostRollup}, made on first use), and only the
 * partial day at the start of the period and the current UTC day are read call by call. Calls
 * outside {@code departments} (the charged department; null: every call) are left out. The
 * roll-ups' rows are kept between requests while the database says they are unchanged
 * ({@link RolledUpDays}); names, tariffs and the department scope are applied afresh each time.
 */
public final class TrafficReader {

    private static final String CALLS = "SELECT cdr_key, start_utc, duration_s, billed_s, call_class, tariff_id,"
            + " cost_minor, COALESCE(ref_cost_minor, cost_minor), charge_id, trunk_in, trunk_out FROM cdr"
            + " WHERE start_utc >= ? AND start_utc < ?";
    private static final long HOURS_A_DAY = CostDays.DAY_MILLIS / CostDays.HOUR_MILLIS;

    /** A tariff as the calls name it, with the currency of their cost. */
    public record Tariff(String name, Currency currency) {
    }

    /** Receives the period's calls, grouped as finely as their source keeps them. */
    public interface Sink {
        /**
         * Calls of one charged department (0: none), class and tariff that started in the hour
         * from {@code start} (rolled up) or at {@code start} (one call, {@code calls} = 1).
         */
        void group(Instant start, int departmentId, CallClass callClass, Tariff tariff, long calls, long billedSeconds,
                   long costMinor, long referenceMinor);

        /** Calls charged to a person ({@code userId}) of the period, in parts to be added up. */
        void person(int userId, Tariff tariff, long calls, long billedSeconds, long costMinor, long referenceMinor);

        /** A call that started at or after {@code trunksFrom} over a trunk of {@code pbx} ({@code group}: "" for none). */
        void trunkCall(String pbx, String trunk, String group, Instant start, int durationSeconds, long billedSeconds);
    }

    private final DataSource pool;
    private final RolledUpDays rolledUp = new RolledUpDays();

    public TrafficReader(DataSource pool) {
        this.pool = pool;
    }

    /**
     * Sends the calls that started in [{@code from}, {@code now}) to {@code sink}, and the trunk
     * calls of [{@code trunksFrom}, {@code now}); returns the names of the departments and people.
     */
    public OrgNames read(Instant from, Instant trunksFrom, Instant now, Set<Integer> departments, Sink sink) {
        long fromMillis = from.toEpochMilli();
        long nowMillis = now.toEpochMilli();
        long firstDay = CostDays.firstWholeDay(fromMillis);
        long endDay = Math.max(firstDay, CostDays.dayOf(nowMillis));
        try (Connection c = pool.getConnection()) {
            Lookups lookups = new Lookups(c, departments);
            if (firstDay < endDay) {
                CostRollup.ensure(c, firstDay, endDay);
                RolledUpDays.Rows rows = rolledUp.read(c, firstDay, endDay, HOURS_A_DAY);
                hours(rows, lookups, sink);
                charges(rows, lookups, sink);
                long rolledFrom = firstDay * CostDays.DAY_MILLIS;
                long rolledTo = endDay * CostDays.DAY_MILLIS;
                calls(c, fromMillis, Math.min(rolledFrom, nowMillis), trunksFrom.toEpochMilli(), true, lookups, sink);
                calls(c, Math.max(rolledFrom, trunksFrom.toEpochMilli()), rolledTo, trunksFrom.toEpochMilli(), false,
                        lookups, sink);
                calls(c, rolledTo, nowMillis, trunksFrom.toEpochMilli(), true, lookups, sink);
            } else {
                calls(c, fromMillis, nowMillis, trunksFrom.toEpochMilli(), true, lookups, sink);
            }
            return lookups.names;
        } catch (SQLException e) {
            throw new StoreException("cannot read the dashboard's calls: " + e.getMessage(), e);
        }
    }

    private static void hours(RolledUpDays.Rows rows, Lookups lookups, Sink sink) {
        for (long[] row : rows.hours()) {
            int department = (int) row[1];
            if (lookups.visible(department)) {
                sink.group(Instant.ofEpochMilli(row[0] * CostDays.HOUR_MILLIS), department,
                        CdrCodes.callClass((int) row[2]), lookups.tariffs.get((int) row[3]), row[4], row[5], row[6],
                        row[7]);
            }
        }
    }

    private static void charges(RolledUpDays.Rows rows, Lookups lookups, Sink sink) {
        for (long[] row : rows.charges()) {
            int charge = (int) row[0];
            int user = lookups.names.userIdOfCharge(charge);
            if (user != 0 && lookups.visible(lookups.names.departmentOfCharge(charge))) {
                sink.person(user, lookups.tariffs.get((int) row[1]), row[2], row[3], row[4], row[5]);
            }
        }
    }

    /**
     * The calls of [{@code low}, {@code high}) one by one: each a group and a person's part when
     * {@code counted} (outside the roll-ups), and a trunk call from {@code trunksFrom} on.
     */
    private static void calls(Connection c, long low, long high, long trunksFrom, boolean counted, Lookups lookups,
                              Sink sink) throws SQLException {
        if (low >= high || !counted && high <= trunksFrom) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL only streams with a cursor inside a transaction
        try (PreparedStatement ps = c.prepareStatement(CALLS)) {
            ps.setFetchSize(1_000);
            ps.setLong(1, low);
            ps.setLong(2, high);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int charge = rs.getInt(9); // NULL (nobody) reads as 0, no charge
                    int department = lookups.names.departmentOfCharge(charge);
                    if (!lookups.visible(department)) {
                        continue;
                    }
                    long start = rs.getLong(2);
                    long billed = rs.getLong(4);
                    if (counted) {
                        Tariff tariff = lookups.tariffs.get(rs.getInt(6));
                        long cost = rs.getLong(7);
                        long reference = rs.getLong(8);
                        sink.group(Instant.ofEpochMilli(start), department, CdrCodes.callClass(rs.getInt(5)), tariff,
                                1, billed, cost, reference);
                        int user = lookups.names.userIdOfCharge(charge);
                        if (user != 0) {
                            sink.person(user, tariff, 1, billed, cost, reference);
                        }
                    }
                    if (start >= trunksFrom) {
                        lookups.trunkCalls(rs.getLong(1), rs.getString(10), rs.getString(11), Instant.ofEpochMilli(start),
                                rs.getInt(3), billed, sink);
                    }
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    /** The small tables the calls refer to, read once per request. */
    private static final class Lookups {
        final OrgNames names;
        final Map<Integer, Tariff> tariffs = new HashMap<>();
        private final Map<Integer, String> pbxNames = new HashMap<>();
        private final Map<String, String> trunkGroups = new HashMap<>();
        private final Set<Integer> departments;

        Lookups(Connection c, Set<Integer> departments) throws SQLException {
            this.names = OrgNames.load(c);
            this.departments = departments;
            Rows.forEach(c, "SELECT id, name, currency FROM tariff",
                    rs -> tariffs.put(rs.getInt(1), new Tariff(rs.getString(2), Currency.getInstance(rs.getString(3)))));
            Rows.forEach(c, "SELECT id, name FROM pbx", rs -> pbxNames.put(rs.getInt(1), rs.getString(2)));
            Rows.forEach(c, "SELECT t.pbx_id, t.name, g.name FROM trunk t JOIN trunk_group g ON g.id = t.trunk_group_id",
                    rs -> trunkGroups.put(rs.getInt(1) + "/" + rs.getString(2), rs.getString(3)));
        }

        boolean visible(int department) {
            return departments == null || departments.contains(department);
        }

        /** A call counts once on each trunk it used (a tandem call uses two). */
        void trunkCalls(long cdrKey, String trunkIn, String trunkOut, Instant start, int duration, long billed, Sink sink) {
            int pbx = (int) (cdrKey >> 40);
            for (String trunk : trunkIn == null || trunkIn.equals(trunkOut) ? new String[] {trunkOut}
                    : new String[] {trunkIn, trunkOut}) {
                if (trunk != null) {
                    sink.trunkCall(pbxNames.getOrDefault(pbx, "#" + pbx), trunk,
                            trunkGroups.getOrDefault(pbx + "/" + trunk, ""), start, duration, billed);
                }
            }
        }
    }
}
