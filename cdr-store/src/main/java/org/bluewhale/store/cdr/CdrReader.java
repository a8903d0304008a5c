package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Money;
import org.bluewhale.store.StoreException;

/** Read-only queries over stored calls, their quality reports and quarantined records, for the API and the CLI. */
public final class CdrReader {

    /** The cdr row with its zone and tariff joined back in (tiny tables, looked up by primary key). */
    private static final String CDR_SELECT = "SELECT c.cdr_key, c.journal_pos, c.start_utc, z.name, c.duration_s,"
            + " c.ring_s, c.calling, c.dialed, c.direction, c.condition_code, c.account_code, c.auth_code,"
            + " c.trunk_in, c.trunk_out, c.correlation_id, c.call_class, c.billed_s, c.cost_minor, t.name, t.currency,"
            + " c.call_id, c.charged_to, c.released_alone, c.ref_cost_minor"
            + " FROM cdr c JOIN zone z ON z.id = c.zone_id JOIN tariff t ON t.id = c.tariff_id";
    private static final String QUARANTINE_COLUMNS = String.join(", ", QuarantineRows.COLUMNS);
    private static final String QUALITY_SELECT = "SELECT " + String.join(", ", CallQualityRows.COLUMNS)
            + " FROM call_quality WHERE pbx_id = ? AND correlation_id = ? ORDER BY reported_at, cq_key";

    private static final int STREAM_FETCH = 1_000;

    private final DataSource pool;
    private final PbxRegistry pbxRegistry;

    public CdrReader(DataSource pool, PbxRegistry pbxRegistry) {
        this.pool = pool;
        this.pbxRegistry = pbxRegistry;
    }

    /** One page of calls matching the query, ordered by start time then key. */
    public List<StoredCdr> find(CdrQuery query) {
        List<StoredCdr> rows = new ArrayList<>(Math.min(query.limit(), 1024));
        select(query, " LIMIT ? OFFSET ?", (ps, next) -> {
            ps.setInt(next, query.limit());
            ps.setInt(next + 1, query.offset());
        }, rows::add);
        return rows;
    }

    /**
     * Every call matching the query (its limit and offset ignored), in the same order, streamed to
     * {@code sink} through a database cursor: an export of millions of calls never pages with
     * OFFSET nor holds them all in memory.
     */
    public void forEach(CdrQuery query, Consumer<StoredCdr> sink) {
        select(query, "", (ps, next) -> ps.setFetchSize(STREAM_FETCH), sink);
    }

    /** PBX {@code pbx}'s call {@code sequence}, if stored and within the query's departments. */
    public Optional<StoredCdr> call(String pbx, long sequence, Set<Integer> departments) {
        Optional<Integer> id = pbxRegistry.idOf(pbx);
        if (id.isEmpty() || sequence < 0 || sequence > CdrKey.MAX_SEQUENCE) {
            return Optional.empty();
        }
        CdrQuery query = new CdrQuery(Instant.ofEpochMilli(Long.MIN_VALUE), Instant.ofEpochMilli(Long.MAX_VALUE),
                null, null, 1, 0, departments, null, CdrQuery.Sort.START);
        List<StoredCdr> found = new ArrayList<>(1);
        select(query, " AND c.cdr_key = ?", "", (ps, next) -> ps.setLong(next, CdrKey.of(id.get(), sequence)), found::add);
        return found.stream().findFirst();
    }

    /**
     * Up to {@code limit} calls that started in [{@code from}, {@code to}) after the call at
     * ({@code afterStart}, {@code afterKey}) in the order start time, key (both null: from the first),
     * of every department: the next batch of a job that walks a period, such as re-rating.
     */
    public List<StoredCdr> after(Instant from, Instant to, Long afterStart, Long afterKey, int limit) {
        CdrQuery query = new CdrQuery(from, to, null, null, 1, 0);
        List<StoredCdr> rows = new ArrayList<>(Math.min(limit, 1024));
        String condition = afterStart == null ? "" : " AND (c.start_utc > ? OR (c.start_utc = ? AND c.cdr_key > ?))";
        select(query, condition, " LIMIT ?", (ps, next) -> {
            if (afterStart != null) {
                ps.setLong(next++, afterStart);
                ps.setLong(next++, afterStart);
                ps.setLong(next++, afterKey);
            }
            ps.setInt(next, limit);
        }, rows::add);
        return rows;
    }

    /**
     * Billed seconds of the stored calls of one tariff, PBX and charged department (0: none) that
     * started in one quarter hour.
     */
    @FunctionalInterface
    public interface UsageSink {
        void accept(String pbx, String tariff, int departmentId, long quarterStartMillis, long billedSeconds);
    }

    private static final long PBX_KEY_SPAN = 1L << 40;
    private static final long QUARTER_HOUR_MILLIS = 900_000;
    private static final int TARIFFS_PER_QUERY = 500;

    /**
     * The billed seconds of the calls priced by one of {@code tariffs} that started from
     * {@code from} up to the call at ({@code untilStart}, {@code untilKey}) inclusive, summed per
     * tariff, PBX, charged department and quarter hour of start: what volume tiers have counted, in a few thousand
     * rows a month. A quarter hour falls in one month in every time zone (offsets are whole
     * quarter hours), so the rater can place each sum in its plan's month.
     */
    public void usage(Instant from, long untilStart, long untilKey, Set<String> tariffs, UsageSink sink) {
        List<Integer> ids = tariffIds(tariffs);
        String pbxOf = "c.cdr_key - c.cdr_key % " + PBX_KEY_SPAN;
        String quarterOf = "c.start_utc - c.start_utc % " + QUARTER_HOUR_MILLIS;
        for (int first = 0; first < ids.size(); first += TARIFFS_PER_QUERY) {
            List<Integer> chunk = ids.subList(first, Math.min(ids.size(), first + TARIFFS_PER_QUERY));
            String in = chunk.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow();
            String sql = "SELECT t.name, " + pbxOf + ", " + quarterOf + ", SUM(c.billed_s),"
                    + " COALESCE(ch.department_id, 0) FROM cdr c JOIN tariff t ON t.id = c.tariff_id"
                    + " LEFT JOIN charge ch ON ch.id = c.charge_id WHERE c.start_utc >= ?"
                    + " AND (c.start_utc < ? OR (c.start_utc = ? AND c.cdr_key <= ?)) AND c.tariff_id IN (" + in + ")"
                    + " GROUP BY t.name, " + pbxOf + ", " + quarterOf + ", COALESCE(ch.department_id, 0)";
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, untilStart);
                ps.setLong(3, untilStart);
                ps.setLong(4, untilKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(pbxRegistry.nameOf(CdrKey.pbxId(rs.getLong(2))), rs.getString(1), rs.getInt(5),
                                rs.getLong(3), rs.getLong(4));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot sum the usage of stored calls: " + e.getMessage(), e);
            }
        }
    }

    private List<Integer> tariffIds(Set<String> names) {
        List<Integer> ids = new ArrayList<>();
        if (names.isEmpty()) {
            return ids;
        }
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, name FROM tariff");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (names.contains(rs.getString(2))) {
                    ids.add(rs.getInt(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot read the tariff table: " + e.getMessage(), e);
        }
    }

    /**
     * The quality reports devices sent about {@code call} (same PBX and correlation id), oldest
     * first; none for a call without a correlation id.
     */
    public List<CallQuality> quality(StoredCdr call) {
        List<CallQuality> reports = new ArrayList<>();
        if (call.correlationId().isEmpty()) {
            return reports;
        }
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(QUALITY_SELECT)) {
            ps.setInt(1, CdrKey.pbxId(call.key()));
            ps.setString(2, call.correlationId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.add(new CallQuality(call.pbx(), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)), rs.getLong(9),
                            rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                            CallQuality.metricsOf(rs.getString(16))));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new StoreException("cannot read the quality reports of call " + call.sequence() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Calls, billed seconds and cost of the matching calls per call class and currency. */
    public List<ClassTotal> totalsByClass(CdrQuery query) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT c.call_class, t.currency, COUNT(*), SUM(c.billed_s), SUM(c.cost_minor) FROM cdr c"
                + " JOIN tariff t ON t.id = c.tariff_id" + filter.get().where + " GROUP BY c.call_class, t.currency"
                + " ORDER BY c.call_class, t.currency";
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            filter.get().bind(ps);
            List<ClassTotal> totals = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString(2));
                    totals.add(new ClassTotal(CdrCodes.callClass(rs.getInt(1)), rs.getLong(3), rs.getLong(4),
                            new Money(rs.getLong(5), currency)));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new StoreException("cannot total calls: " + e.getMessage(), e);
        }
    }

    /** What {@link #totalsByClass} reports for one call class and currency. */
    public record ClassTotal(CallClass callClass, long calls, long billedSeconds, Money cost) {
    }

    private void select(CdrQuery query, String tail, Binder page, Consumer<StoredCdr> sink) {
        select(query, "", tail, page, sink);
    }

    private void select(CdrQuery query, String condition, String tail, Binder page, Consumer<StoredCdr> sink) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return;
        }
        String sql = CDR_SELECT + filter.get().where + condition + " ORDER BY " + query.sort().orderBy + ", "
                + query.sort().keyOrder() + tail;
        try (Connection c = pool.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL only streams with a cursor inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                page.bind(ps, filter.get().bind(ps));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(cdr(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query calls: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps, int nextParameter) throws SQLException;
    }

    /** How many calls match the query (limit and offset ignored). */
    public long count(CdrQuery query) {
        return count(query, "SELECT COUNT(*) FROM cdr c", "", null);
    }

    /**
     * How many calls match the query, counting no further than {@code cap}: a browser's page
     * needs to know whether there is a next page, not whether there are 3 or 9 million in all,
     * and an exact count reads every matching row.
     */
    public long countUpTo(CdrQuery query, long cap) {
        return count(query, "SELECT COUNT(*) FROM (SELECT 1 FROM cdr c", " LIMIT ?) capped", cap);
    }

    private long count(CdrQuery query, String head, String tail, Long cap) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return 0;
        }
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(head + filter.get().where + tail)) {
            int next = filter.get().bind(ps);
            if (cap != null) {
                ps.setLong(next, cap);
            }
            return single(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot count calls: " + e.getMessage(), e);
        }
    }

    /** Quarantined records, newest journal position first. */
    public List<StoredQuarantine> quarantine(int limit, int offset) {
        String sql = "SELECT " + QUARANTINE_COLUMNS + " FROM quarantine ORDER BY journal_pos DESC, q_key DESC LIMIT ? OFFSET ?";
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            List<StoredQuarantine> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredQuarantine(rs.getLong(1), pbxRegistry.nameOf(rs.getInt(2)), rs.getLong(3),
                            rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), rs.getBytes(7),
                            rs.getBoolean(8)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot list quarantine: " + e.getMessage(), e);
        }
    }

    /** How many of a PBX's sequences {@code from} .. {@code to - 1} are stored, and how many quarantined. */
    public record KeyCounts(long stored, long quarantined) {
    }

    /** Accounts for a range of a PBX's records (a replayed file, a crash test) by key range. */
    public KeyCounts countSequences(String pbx, long from, long to) {
        Optional<Integer> id = pbxRegistry.idOf(pbx);
        if (id.isEmpty() || to <= from) {
            return new KeyCounts(0, 0);
        }
        long low = CdrKey.of(id.get(), from);
        long high = CdrKey.of(id.get(), to - 1);
        return new KeyCounts(countKeys("cdr", "cdr_key", low, high), countKeys("quarantine", "q_key", low, high));
    }

    private long countKeys(String table, String key, long low, long high) {
        String sql = "SELECT COUNT(*) FROM " + table + " WHERE " + key + " BETWEEN ? AND ?";
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, low);
            ps.setLong(2, high);
            return single(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " keys: " + e.getMessage(), e);
        }
    }

    /** Total stored calls. */
    public long cdrCount() {
        return total("cdr");
    }

    /** Total quarantined records. */
    public long quarantineCount() {
        return total("quarantine");
    }

    private long total(String table) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table)) {
            return single(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The WHERE clause of a query; empty when it names a PBX that was never registered, or no department. */
    private Optional<Filter> filter(CdrQuery q) {
        if (q.departments() != null && q.departments().isEmpty()) {
            return Optional.empty();
        }
        Integer pbxId = null; // one PBX's rows are a range of the primary key
        if (q.pbx() != null) {
            Optional<Integer> id = pbxRegistry.idOf(q.pbx());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            pbxId = id.get();
        }
        return Optional.of(new Filter(q, pbxId));
    }

    /**
     * A call is a department's when it is charged to it: the store allocates every call to a
     * (user, department) charge when it writes it ({@link ChargeAllocator}: the extension, code
     * or account valid at the call's start), so the scope is one indexed lookup of a small table.
     */
    private static String departmentCondition(int departments) {
        return " AND c.charge_id IN (SELECT ch.id FROM charge ch WHERE ch.department_id IN ("
                + "?, ".repeat(departments - 1) + "?))";
    }

    private static final class Filter {
        final String where;
        private final CdrQuery query;
        private final Integer pbxId;

        Filter(CdrQuery query, Integer pbxId) {
            this.query = query;
            this.pbxId = pbxId;
            this.where = " WHERE c.start_utc >= ? AND c.start_utc < ?"
                    + (pbxId != null ? " AND c.cdr_key BETWEEN ? AND ?" : "")
                    + (query.extension() != null ? " AND (c.calling = ? OR c.dialed = ?)" : "")
                    + (query.callClass() != null ? " AND c.call_class = ?" : "")
                    + (query.departments() != null ? departmentCondition(query.departments().size()) : "");
        }

        /** Binds the filter's parameters; returns the next free parameter index. */
        int bind(PreparedStatement ps) throws SQLException {
            int p = 1;
            ps.setLong(p++, query.from().toEpochMilli());
            ps.setLong(p++, query.to().toEpochMilli());
            if (pbxId != null) {
                ps.setLong(p++, CdrKey.of(pbxId, 0));
                ps.setLong(p++, CdrKey.of(pbxId, CdrKey.MAX_SEQUENCE));
            }
            if (query.extension() != null) {
                ps.setString(p++, query.extension());
                ps.setString(p++, query.extension());
            }
            if (query.callClass() != null) {
                ps.setInt(p++, CdrCodes.code(query.callClass()));
            }
            if (query.departments() != null) {
                for (int department : query.departments()) {
                    ps.setInt(p++, department);
                }
            }
            return p;
        }
    }

    private StoredCdr cdr(ResultSet rs) throws SQLException {
        long key = rs.getLong(1);
        Currency currency = Currency.getInstance(rs.getString(20));
        long reference = rs.getLong(24);
        boolean sameAsCost = rs.wasNull();
        Money cost = new Money(rs.getLong(18), currency);
        return new StoredCdr(key, pbxRegistry.nameOf(CdrKey.pbxId(key)), CdrKey.sequence(key), rs.getLong(2),
                Instant.ofEpochMilli(rs.getLong(3)), ZoneId.of(rs.getString(4)), rs.getInt(5), rs.getInt(6),
                text(rs, 7), text(rs, 8), CdrCodes.direction(rs.getInt(9)), text(rs, 10), text(rs, 11), text(rs, 12),
                text(rs, 13), text(rs, 14), text(rs, 15), CdrCodes.callClass(rs.getInt(16)), rs.getLong(17),
                cost, rs.getString(19), text(rs, 21), text(rs, 22), rs.getInt(23) != 0,
                sameAsCost ? cost : new Money(reference, currency));
    }

    /** Optional texts are stored NULL when empty; calls never carry null strings. */
    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
