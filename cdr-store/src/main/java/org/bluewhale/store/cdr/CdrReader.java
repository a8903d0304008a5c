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
import javax.sql.DataSource;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.store.StoreException;

/** Read-only queries over stored calls and quarantined records, for the API and the CLI. */
public final class CdrReader {

    private static final String CDR_COLUMNS = String.join(", ", CdrRows.COLUMNS);
    private static final String QUARANTINE_COLUMNS = String.join(", ", QuarantineRows.COLUMNS);

    private final DataSource pool;
    private final PbxRegistry pbxRegistry;

    public CdrReader(DataSource pool, PbxRegistry pbxRegistry) {
        this.pool = pool;
        this.pbxRegistry = pbxRegistry;
    }

    /** One page of calls matching the query, ordered by start time then key. */
    public List<StoredCdr> find(CdrQuery query) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + CDR_COLUMNS + " FROM cdr" + filter.get().where
                + " ORDER BY start_utc, cdr_key LIMIT ? OFFSET ?";
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int next = filter.get().bind(ps);
            ps.setInt(next, query.limit());
            ps.setInt(next + 1, query.offset());
            List<StoredCdr> rows = new ArrayList<>(Math.min(query.limit(), 1024));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(cdr(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot query calls: " + e.getMessage(), e);
        }
    }

    /** How many calls match the query (limit and offset ignored). */
    public long count(CdrQuery query) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return 0;
        }
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cdr" + filter.get().where)) {
            filter.get().bind(ps);
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

    /** The WHERE clause of a query; empty when it names a PBX that was never registered. */
    private Optional<Filter> filter(CdrQuery q) {
        Integer pbxId = null;
        if (q.pbx() != null) {
            Optional<Integer> id = pbxRegistry.idOf(q.pbx());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            pbxId = id.get();
        }
        return Optional.of(new Filter(q, pbxId));
    }

    private static final class Filter {
        final String where;
        private final CdrQuery query;
        private final Integer pbxId;

        Filter(CdrQuery query, Integer pbxId) {
            this.query = query;
            this.pbxId = pbxId;
            this.where = " WHERE start_utc >= ? AND start_utc < ?"
                    + (pbxId != null ? " AND pbx_id = ?" : "")
                    + (query.extension() != null ? " AND (calling = ? OR dialed = ?)" : "");
        }

        /** Binds the filter's parameters; returns the next free parameter index. */
        int bind(PreparedStatement ps) throws SQLException {
            int p = 1;
            ps.setLong(p++, query.from().toEpochMilli());
            ps.setLong(p++, query.to().toEpochMilli());
            if (pbxId != null) {
                ps.setInt(p++, pbxId);
            }
            if (query.extension() != null) {
                ps.setString(p++, query.extension());
                ps.setString(p++, query.extension());
            }
            return p;
        }
    }

    private StoredCdr cdr(ResultSet rs) throws SQLException {
        return new StoredCdr(rs.getLong(1), pbxRegistry.nameOf(rs.getInt(2)), rs.getLong(3), rs.getLong(4),
                Instant.ofEpochMilli(rs.getLong(5)), ZoneId.of(rs.getString(6)), rs.getInt(7), rs.getInt(8),
                rs.getString(9), rs.getString(10), Direction.valueOf(rs.getString(11)), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                CallClass.valueOf(rs.getString(18)), rs.getLong(19),
                new Money(rs.getLong(20), Currency.getInstance(rs.getString(21))), rs.getString(22));
    }
}
