package org.bluewhale.reports.calls;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bluewhale.reports.ReportCurrency;
import org.bluewhale.store.Database;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.cdr.CdrCodes;
import org.bluewhale.store.cdr.CdrKey;
import org.bluewhale.store.summary.DepartmentSummary;

/**
 * The rated calls a report reads, filtered in SQL and streamed through a database cursor, so a
 * report over millions of calls holds only its groups. The lookup tables are read once when the
 * source is made: make one per report run.
 */
public final class CallSource {

    private static final String COLUMNS = "SELECT c.cdr_key, c.start_utc, c.zone_id, c.duration_s, c.ring_s, c.calling,"
            + " c.dialed, c.direction, c.trunk_in, c.trunk_out, c.call_class, c.cost_minor, c.ref_cost_minor,"
            + " c.tariff_id, c.charge_id FROM cdr c";
    private static final int FETCH = 1_000;

    /** Orders a scan can have; ties broken by the row key. */
    public enum Order {
        START(" ORDER BY c.start_utc, c.cdr_key"),
        /** Grouped by who is charged (itemised statements), then by start time. */
        CHARGE_THEN_START(" ORDER BY c.charge_id, c.start_utc, c.cdr_key");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private final Database database;
    private final Lookups lookups;

    public CallSource(Database database) {
        this.database = database;
        try (Connection c = database.dataSource().getConnection()) {
            this.lookups = Lookups.load(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the tables reports name calls with: " + e.getMessage(), e);
        }
    }

    /** The store's department summary, which serves whole days from its daily roll-up. */
    public DepartmentSummary rolledUp() {
        return database.departmentSummary();
    }

    /**
     * The one currency the filter's calls are reported in.
     *
     * @throws IllegalArgumentException when they are in several and the filter chose none, or the
     *                                  chosen one has no tariff
     */
    public Currency currency(CallFilter filter) {
        return selection(filter).currency();
    }

    /** Every call the filter matches, in {@code order}, to {@code sink}. */
    public void forEach(CallFilter filter, Order order, Consumer<ReportedCall> sink) {
        Selection selection = selection(filter);
        if (selection.query() == null) {
            return;
        }
        scan(COLUMNS + selection.query().where() + order.sql, selection.query(), rs -> sink.accept(call(rs)));
    }

    /** The report's currency, and the query of its calls (null when no call can match). */
    private record Selection(Currency currency, CallQuery query) {
    }

    /**
     * Resolves the filter's names to ids: the PBXs of its sites and PBXs, and the tariffs of its
     * carriers in the one currency of the report.
     */
    private Selection selection(CallFilter filter) {
        List<Integer> pbxIds = null;
        if (!filter.sites().isEmpty() || !filter.pbxs().isEmpty()) {
            pbxIds = lookups.pbxs.entrySet().stream()
                    .filter(e -> filter.sites().isEmpty() || filter.sites().contains(e.getValue().site()))
                    .filter(e -> filter.pbxs().isEmpty() || filter.pbxs().contains(e.getValue().name()))
                    .map(Map.Entry::getKey).toList();
        }
        Map<Integer, Lookups.Tariff> candidates = lookups.tariffs.entrySet().stream()
                .filter(e -> filter.carriers().isEmpty() || filter.carriers().contains(e.getValue().carrier()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean noCalls = (pbxIds != null && pbxIds.isEmpty()) || candidates.isEmpty()
                || (filter.departments() != null && filter.departments().isEmpty());
        Set<Currency> offered = candidates.values().stream().map(Lookups.Tariff::currency).collect(Collectors.toSet());
        // several currencies on offer: the calls' own decide, unless the operator chose or none can match
        boolean chosenOrOne = (filter.currency() != null && !filter.currency().isBlank()) || offered.size() <= 1;
        Currency chosen = ReportCurrency.choose(chosenOrOne ? offered : noCalls ? Set.of()
                : presentCurrencies(new CallQuery(filter, pbxIds, List.copyOf(candidates.keySet()))), filter.currency());
        List<Integer> tariffs = candidates.entrySet().stream().filter(e -> e.getValue().currency().equals(chosen))
                .map(Map.Entry::getKey).toList();
        return new Selection(chosen, noCalls || tariffs.isEmpty() ? null : new CallQuery(filter, pbxIds, tariffs));
    }

    private Set<Currency> presentCurrencies(CallQuery query) {
        Set<Currency> present = new HashSet<>();
        scan("SELECT DISTINCT c.tariff_id FROM cdr c" + query.where(), query,
                rs -> present.add(lookups.tariffs.get(rs.getInt(1)).currency()));
        return present;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void scan(String sql, CallQuery query, RowReader reader) {
        try (Connection c = database.dataSource().getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH);
                query.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the calls of the report: " + e.getMessage(), e);
        }
    }

    private ReportedCall call(ResultSet rs) throws SQLException {
        long key = rs.getLong(1);
        Lookups.Pbx pbx = lookups.pbxs.get(CdrKey.pbxId(key));
        Lookups.Tariff tariff = lookups.tariffs.get(rs.getInt(14));
        long cost = rs.getLong(12);
        long reference = rs.getLong(13);
        if (rs.wasNull()) {
            reference = cost; // stored NULL when it equals the cost
        }
        int charge = rs.getInt(15);
        return new ReportedCall(key, pbx.name(), pbx.site(), Instant.ofEpochMilli(rs.getLong(2)),
                lookups.zones.get(rs.getInt(3)), rs.getInt(4), rs.getInt(5), text(rs, 6), text(rs, 7),
                CdrCodes.direction(rs.getInt(8)), text(rs, 9), text(rs, 10), CdrCodes.callClass(rs.getInt(11)), cost,
                reference, tariff.carrier(), tariff.name(), charge, lookups.names.pathOfCharge(charge),
                lookups.names.userOfCharge(charge));
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
