package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.bluewhale.store.StoreException;

/**
 * Calls as groups of stored legs (a transfer, a conference), as call-leg correlation finds them.
 * A call's key is the {@code cdr_key} of its earliest leg; a leg belongs to one call at most.
 */
public final class CallGroups {

    private final DataSource pool;

    public CallGroups(DataSource pool) {
        this.pool = pool;
    }

    /** Groups the stored legs with these keys into one call, in one transaction; returns the call key. */
    public long group(List<Long> legKeys) {
        if (legKeys.isEmpty()) {
            throw new IllegalArgumentException("a call has at least one leg");
        }
        long callKey = Collections.min(legKeys);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO call_group (call_key, start_utc) SELECT ?, MIN(start_utc) FROM cdr WHERE cdr_key IN ("
                                + "?, ".repeat(legKeys.size() - 1) + "?)")) {
                    ps.setLong(1, callKey);
                    for (int i = 0; i < legKeys.size(); i++) {
                        ps.setLong(i + 2, legKeys.get(i));
                    }
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO call_leg (cdr_key, call_key) VALUES (?, ?)")) {
                    for (long leg : legKeys) {
                        ps.setLong(1, leg);
                        ps.setLong(2, callKey);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot group legs " + legKeys + " into a call: " + e.getMessage(), e);
        }
        return callKey;
    }

    /** The leg keys of a call, in key order; empty when there is no such call. */
    public List<Long> legsOf(long callKey) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT cdr_key FROM call_leg WHERE call_key = ? ORDER BY cdr_key")) {
            ps.setLong(1, callKey);
            List<Long> legs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    legs.add(rs.getLong(1));
                }
            }
            return legs;
        } catch (SQLException e) {
            throw new StoreException("cannot read the legs of call " + callKey + ": " + e.getMessage(), e);
        }
    }
}
