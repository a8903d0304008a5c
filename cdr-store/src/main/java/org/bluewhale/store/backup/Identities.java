package org.bluewhale.store.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * After rows were inserted with their own ids, the table's identity counter must continue after
 * the largest: otherwise the next row the application adds collides with a restored one.
 * MariaDB and SQLite do this by themselves; H2 and PostgreSQL keep a separate sequence.
 */
final class Identities {

    private Identities() {
    }

    static void continueAfterMax(Connection c, String dialect, String table, String column) throws SQLException {
        try (Statement s = c.createStatement()) {
            long next;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            switch (dialect) {
                case "postgresql" -> s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column
                        + "'), " + next + ", false)");
                case "h2" -> s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
                default -> {
                    // MariaDB's AUTO_INCREMENT and SQLite's rowid already continue after the largest id
                }
            }
        }
    }
}
