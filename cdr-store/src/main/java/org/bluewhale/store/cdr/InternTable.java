package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.bluewhale.store.StoreException;
import org.bluewhale.store.charge.Charge;

/**
 * A lookup table ({@code zone}, {@code tariff}, {@code charge}) that gives a value repeated in nearly every
 * {@code cdr} row a small id, with an in-memory cache of value to id, as {@link PbxRegistry} does
 * for PBXs. A value seen for the first time is inserted and committed on its own (auto-commit)
 * before the batch that refers to it, so a crash can never leave a row pointing to a missing id.
 * New values are rare (a new PBX zone, a new tariff), so the hot path is one map lookup per row.
 *
 * @param <K> the value type
 */
final class InternTable<K> {

    /** How a value maps to the table's value columns. */
    interface Columns<K> {
        K read(ResultSet rs, int first) throws SQLException;

        void bind(PreparedStatement ps, int first, K value) throws SQLException;
    }

    private final String table;
    private final String selectAll;
    private final String insert;
    private final Columns<K> columns;
    private final Map<K, Integer> idByValue = new ConcurrentHashMap<>();

    InternTable(DataSource pool, String table, List<String> valueColumns, Columns<K> columns) {
        this.table = table;
        this.columns = columns;
        this.selectAll = "SELECT id, " + String.join(", ", valueColumns) + " FROM " + table;
        this.insert = "INSERT INTO " + table + " (id, " + String.join(", ", valueColumns) + ") VALUES (?"
                + ", ?".repeat(valueColumns.size()) + ")";
        try (Connection c = pool.getConnection()) {
            load(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the " + table + " table: " + e.getMessage(), e);
        }
    }

    /** The {@code zone} table: a time zone by its id string. */
    static InternTable<ZoneId> zones(DataSource pool) {
        return new InternTable<>(pool, "zone", List.of("name"), new Columns<>() {
            @Override
            public ZoneId read(ResultSet rs, int first) throws SQLException {
                return ZoneId.of(rs.getString(first));
            }

            @Override
            public void bind(PreparedStatement ps, int first, ZoneId zone) throws SQLException {
                ps.setString(first, zone.getId());
            }
        });
    }

    /** The {@code tariff} table: a tariff name with the currency of the costs it priced. */
    static InternTable<TariffRef> tariffs(DataSource pool) {
        return new InternTable<>(pool, "tariff", List.of("name", "currency"), new Columns<>() {
            @Override
            public TariffRef read(ResultSet rs, int first) throws SQLException {
                return new TariffRef(rs.getString(first), Currency.getInstance(rs.getString(first + 1)));
            }

            @Override
            public void bind(PreparedStatement ps, int first, TariffRef tariff) throws SQLException {
                ps.setString(first, tariff.name());
                ps.setString(first + 1, tariff.currency().getCurrencyCode());
            }
        });
    }

    /** The {@code charge} table: who a call is charged to; absent ids ({@code 0}) are stored as NULL. */
    static InternTable<Charge> charges(DataSource pool) {
        return new InternTable<>(pool, "charge", List.of("user_id", "department_id"), new Columns<>() {
            @Override
            public Charge read(ResultSet rs, int first) throws SQLException {
                return new Charge(rs.getInt(first), rs.getInt(first + 1)); // NULL reads as 0
            }

            @Override
            public void bind(PreparedStatement ps, int first, Charge charge) throws SQLException {
                bindId(ps, first, charge.userId());
                bindId(ps, first + 1, charge.departmentId());
            }
        });
    }

    private static void bindId(PreparedStatement ps, int index, int id) throws SQLException {
        if (id == 0) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, id);
        }
    }

    /**
     * The id of {@code value}, inserting it first if it is new. {@code c} must be in auto-commit
     * mode: the new row is committed when this returns.
     */
    int idOf(Connection c, K value) throws SQLException {
        Integer id = idByValue.get(value);
        return id != null ? id : intern(c, value);
    }

    private synchronized int intern(Connection c, K value) throws SQLException {
        Integer known = idByValue.get(value);
        if (known != null) {
            return known;
        }
        int id = nextId(c);
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setInt(1, id);
            columns.bind(ps, 2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            // Another writer of the same file may have interned it meanwhile: take its id.
            load(c);
            Integer theirs = idByValue.get(value);
            if (theirs == null) {
                throw e;
            }
            return theirs;
        }
        idByValue.put(value, id);
        return id;
    }

    private int nextId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectAll); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                idByValue.put(columns.read(rs, 2), rs.getInt(1));
            }
        }
    }
}
