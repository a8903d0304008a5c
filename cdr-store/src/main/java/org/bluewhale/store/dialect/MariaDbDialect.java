package org.bluewhale.store.dialect;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.Map;
import org.bluewhale.store.Durability;

/**
 * MariaDB (and MySQL) through MariaDB Connector/J: {@code jdbc:mariadb://host:3306/db}, or
 * {@code jdbc:mysql://...}, which is rewritten to the MariaDB scheme because Connector/J 3 only
 * answers {@code jdbc:mysql:} URLs that opt in.
 *
 * <p>Indexed and unique texts are {@code VARCHAR(255)} ({@code indexed_text}): InnoDB cannot
 * index a whole {@code TEXT}. A migration of our own sets the database's collation to
 * {@code utf8mb4_bin} first, so that texts compare exactly as on the other databases
 * (case-sensitive, every Unicode character).
 *
 * <p>Durability is a server setting here ({@code innodb_flush_log_at_trx_commit}, global only):
 * its default, 1, flushes the log at every commit, which is {@link Durability#POWER_LOSS} and more
 * than {@link Durability#PROCESS_CRASH} needs.
 */
final class MariaDbDialect implements Dialect {

    /** Server-side prepared statements are limited to 65535 parameters. */
    private static final int MAX_PARAMETERS = 65_535;
    private static final int ROWS_PER_INSERT = 250;
    /** ER_DUP_ENTRY. Its SQL state, 23000, also means NOT NULL and foreign-key violations. */
    private static final int DUP_ENTRY = 1062;
    private static final String MYSQL_SCHEME = "jdbc:mysql:";

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("key_type", "BIGINT", "text", "TEXT", "indexed_text", "VARCHAR(255)", "bytes", "LONGBLOB",
                "identity", "INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY");
    }

    @Override
    public void configure(HikariConfig pool, Durability durability) {
        String url = pool.getJdbcUrl();
        if (url.startsWith(MYSQL_SCHEME)) {
            pool.setJdbcUrl("jdbc:mariadb:" + url.substring(MYSQL_SCHEME.length()));
        }
    }

    @Override
    public boolean isDuplicateKey(SQLException e) {
        return Dialect.anyInChain(e, s -> s.getErrorCode() == DUP_ENTRY);
    }

    @Override
    public int rowsPerInsert(int columns) {
        return Math.min(ROWS_PER_INSERT, MAX_PARAMETERS / columns);
    }
}
