package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Finds which of some primary keys a table already holds, in chunks of bounded statement size. */
final class ExistingKeys {

    private static final int CHUNK = 500;

    private final String table;
    private final String keyColumn;

    ExistingKeys(String table, String keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** The subset of {@code keys} present in the table (a mutable set the caller may extend). */
    Set<Long> in(Connection c, long[] keys) throws SQLException {
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < keys.length; from += CHUNK) {
            int n = Math.min(CHUNK, keys.length - from);
            String sql = "SELECT " + keyColumn + " FROM " + table + " WHERE " + keyColumn
                    + " IN (" + "?, ".repeat(n - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(i + 1, keys[from + i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }
}
