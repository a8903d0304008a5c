package org.bluewhale.store.dialect;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Predicate;
import org.bluewhale.store.Durability;

/**
 * What differs between the databases the store runs on. Everything else (queries, inserts,
 * migrations) is shared SQL; a dialect only fills the gaps: column types through Flyway
 * placeholders, connection settings, how a duplicate key is reported, and the insert shape.
 */
public interface Dialect {

    /** Short name, also the folder of dialect-only migrations: {@code db/migration/<name>}. */
    String name();

    /**
     * Flyway placeholders used by the shared migrations:
     * {@code key_type} (a 64-bit primary key that is the table's own row order),
     * {@code text} (unbounded text), {@code indexed_text} (text in a unique or indexed column,
     * at most 255 characters), {@code bytes} (raw bytes),
     * {@code identity} (an auto-assigned integer primary key column).
     */
    Map<String, String> placeholders();

    /** Sets URL options, driver properties and pool limits for this database. */
    void configure(HikariConfig pool, Durability durability);

    /** True when {@code e} (or one it chains to) reports a duplicate primary/unique key. */
    boolean isDuplicateKey(SQLException e);

    /** How many rows one multi-row {@code INSERT ... VALUES (...),(...)} statement carries. */
    int rowsPerInsert(int columns);

    /** True when the {@code cdr} batch insert should use PostgreSQL's {@code COPY FROM STDIN}. */
    default boolean copiesCdrRows() {
        return false;
    }

    /** True when {@code cdr} is partitioned by month (a migration of the dialect's own) and needs each month's partition. */
    default boolean partitionsCdrByMonth() {
        return false;
    }

    /** The dialect of a JDBC URL. */
    static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) {
            return new MariaDbDialect();
        }
        throw new IllegalArgumentException("unsupported database URL (expected jdbc:h2:, jdbc:sqlite:, "
                + "jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql:): " + jdbcUrl);
    }

    /** Walks the exception chain and the JDBC next-exception chain, as batch drivers nest them. */
    static boolean anyInChain(SQLException e, Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException n = sql; n != null; n = n.getNextException()) {
                    if (test.test(n)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
