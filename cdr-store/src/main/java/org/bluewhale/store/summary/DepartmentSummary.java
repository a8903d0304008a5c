package org.bluewhale.store.summary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/**
 * The department cost summary: per department path and person, the calls, their duration, their
 * cost, and the cost per call type, over a period of call start times.
 *
 * <p>One scan of the period's calls grouped by the small integers each row already carries
 * (charge, call class, tariff, whose currency the cost is in); the few thousand groups are then
 * named and folded in memory from the small org tables. Calls are charged when they are stored
 * ({@code cdr.charge_id}), so the query joins nothing per call.
 */
public final class DepartmentSummary {

    private static final String GROUPED = "SELECT charge_id, call_class, tariff_id, COUNT(*), SUM(duration_s),"
            + " SUM(cost_minor) FROM cdr WHERE start_utc >= ? AND start_utc < ? GROUP BY charge_id, call_class, tariff_id";

    private final DataSource pool;

    public DepartmentSummary(DataSource pool) {
        this.pool = pool;
    }

    /** Lines for calls that started in [{@code from}, {@code to}), ordered by department path, person, currency. */
    public List<CostLine> between(Instant from, Instant to) {
        try (Connection c = pool.getConnection()) {
            OrgNames names = OrgNames.load(c);
            Map<Integer, Currency> currencies = currencies(c);
            Map<LineKey, Accumulator> lines = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(GROUPED)) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Currency currency = currencies.get(rs.getInt(3));
                        lines.computeIfAbsent(new LineKey(rs.getInt(1), currency), k -> new Accumulator())
                                .add(CdrCodes.callClass(rs.getInt(2)), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                    }
                }
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
        private final Map<CallClass, Long> byClass = new EnumMap<>(CallClass.class);

        void add(CallClass callClass, long calls, long duration, long cost) {
            this.calls += calls;
            this.duration += duration;
            this.cost += cost;
            byClass.merge(callClass, cost, Long::sum);
        }

        CostLine line(List<String> path, String user, Currency currency) {
            Map<CallClass, Money> costs = new LinkedHashMap<>();
            byClass.forEach((callClass, minor) -> costs.put(callClass, new Money(minor, currency)));
            return new CostLine(path, user, calls, duration, new Money(cost, currency), costs);
        }
    }
}
