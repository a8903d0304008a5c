package org.bluewhale.store.summary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.cdr.CdrCodes;
import org.bluewhale.store.cdr.CostDays;

/**
 * The department cost summary: per department path and person, the calls, their duration, their
 * cost, and the cost per call type, over a period of call start times.
 *
 * <p>Calls are grouped by the small integers each row already carries (charge, call class,
 * tariff, whose currency the cost is in); the few thousand groups are then named and folded in
 * memory from the small org tables. Calls are charged when they are stored ({@code cdr.charge_id}),
 * so nothing is joined per call. Whole past days are read from the daily roll-up
 * ({@link CostRollup}, made on first use), so only the partial days at the ends of the period and
 * today are read call by call.
 */
public final class DepartmentSummary {

    private static final String GROUPED = "SELECT charge_id, call_class, tariff_id, COUNT(*), SUM(duration_s),"
            + " SUM(cost_minor), SUM(COALESCE(ref_cost_minor, cost_minor)) FROM cdr WHERE start_utc >= ? AND start_utc < ?"
            + " GROUP BY charge_id, call_class, tariff_id";

    private static final String ROLLED_UP = "SELECT charge_id, call_class, tariff_id, SUM(calls), SUM(duration_s),"
            + " SUM(cost_minor), SUM(ref_cost_minor) FROM cost_day WHERE utc_day >= ? AND utc_day < ?"
            + " GROUP BY charge_id, call_class, tariff_id";

    private final DataSource pool;
    private final Clock clock;

    public DepartmentSummary(DataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Lines for calls that started in [{@code from}, {@code to}), ordered by department path, person, currency. */
    public List<CostLine> between(Instant from, Instant to) {
        long fromMillis = from.toEpochMilli();
        long toMillis = to.toEpochMilli();
        // Whole past days come from the roll-up; the partial days at either end and today from cdr.
        long firstDay = CostDays.firstWholeDay(fromMillis);
        long endDay = Math.min(CostDays.dayOf(toMillis), CostDays.dayOf(clock.millis()));
        try (Connection c = pool.getConnection()) {
            OrgNames names = OrgNames.load(c);
            Map<Integer, Currency> currencies = currencies(c);
            Map<LineKey, Accumulator> lines = new HashMap<>();
            if (firstDay < endDay) {
                CostRollup.ensure(c, firstDay, endDay);
                add(c, ROLLED_UP, firstDay, endDay, currencies, lines);
                add(c, GROUPED, fromMillis, firstDay * CostDays.DAY_MILLIS, currencies, lines);
                add(c, GROUPED, endDay * CostDays.DAY_MILLIS, toMillis, currencies, lines);
            } else {
                add(c, GROUPED, fromMillis, toMillis, currencies, lines);
            }
            List<CostLine> result = new ArrayList<>(lines.size());
            lines.forEach((key, sum) -> result.add(sum.line(names.pathOfCharge(key.chargeId()),
                    names.userOfCharge(key.chargeId()), key.currency())));
            result.sort(Comparator.comparing(CostLine::departmentName).thenComparing(CostLine::user)
                    .thenComparing(line -> line.cost().currency().getCurrencyCode()));
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot compute the department cost summary: " + e.getMessage(), e);
        }
    }

    /**
     * Rolls up the whole past days of [{@code from}, {@code to}) that are not yet, so that the
     * summaries after it read them from the roll-up (the server does it daily for recent days).
     */
    public void rollUp(Instant from, Instant to) {
        long firstDay = CostDays.firstWholeDay(from.toEpochMilli());
        long endDay = Math.min(CostDays.dayOf(to.toEpochMilli()), CostDays.dayOf(clock.millis()));
        try (Connection c = pool.getConnection()) {
            CostRollup.ensure(c, firstDay, endDay);
        } catch (SQLException e) {
            throw new StoreException("cannot roll up the daily costs: " + e.getMessage(), e);
        }
    }

    /** Adds the groups of {@code sql} over [{@code low}, {@code high}) to {@code lines}. */
    private static void add(Connection c, String sql, long low, long high, Map<Integer, Currency> currencies,
                            Map<LineKey, Accumulator> lines) throws SQLException {
        if (low >= high) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, low);
            ps.setLong(2, high);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Currency currency = currencies.get(rs.getInt(3));
                    lines.computeIfAbsent(new LineKey(rs.getInt(1), currency), k -> new Accumulator())
                            .add(CdrCodes.callClass(rs.getInt(2)), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                                    rs.getLong(7));
                }
            }
        }
    }

    private static Map<Integer, Currency> currencies(Connection c) throws SQLException {
        Map<Integer, Currency> byTariff = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, currency FROM tariff");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byTariff.put(rs.getInt(1), Currency.getInstance(rs.getString(2)));
            }
        }
        return byTariff;
    }

    private record LineKey(int chargeId, Currency currency) {
    }

    private static final class Accumulator {
        private long calls;
        private long duration;
        private long cost;
        private long referenceCost;
        private final Map<CallClass, Long> byClass = new EnumMap<>(CallClass.class);

        void add(CallClass callClass, long calls, long duration, long cost, long referenceCost) {
            this.calls += calls;
            this.duration += duration;
            this.cost += cost;
            this.referenceCost += referenceCost;
            byClass.merge(callClass, cost, Long::sum);
        }

        CostLine line(List<String> path, String user, Currency currency) {
            Map<CallClass, Money> costs = new LinkedHashMap<>();
            byClass.forEach((callClass, minor) -> costs.put(callClass, new Money(minor, currency)));
            return new CostLine(path, user, calls, duration, new Money(cost, currency),
                    new Money(referenceCost, currency), costs);
        }
    }
}
