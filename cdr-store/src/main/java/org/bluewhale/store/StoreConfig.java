package org.bluewhale.store;

import java.util.Objects;

/**
 * How to reach the main database.
 *
 * @param jdbcUrl    {@code jdbc:h2:file:<dataDir>/db/bluewhale}, {@code jdbc:sqlite:<dataDir>/db/bluewhale.sqlite},
 *                   {@code jdbc:postgresql://host:5432/db[?currentSchema=s]}, {@code jdbc:mariadb://host:3306/db}
 *                   or {@code jdbc:mysql://host:3306/db} (served by the MariaDB driver)
 * @param user       database user (embedded databases: any, e.g. {@code sa})
 * @param password   password, may be empty
 * @param durability what a committed batch must survive
 * @param poolSize   maximum pooled connections (one writer plus readers for the API)
 */
public record StoreConfig(String jdbcUrl, String user, String password, Durability durability, int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 4;

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(durability, "durability");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (poolSize < 2) {
            throw new IllegalArgumentException("poolSize must be at least 2 (a writer and a reader), got " + poolSize);
        }
    }

    /** The defaults: survives a process crash, {@value #DEFAULT_POOL_SIZE} connections. */
    public static StoreConfig of(String jdbcUrl, String user, String password) {
        return new StoreConfig(jdbcUrl, user, password, Durability.PROCESS_CRASH, DEFAULT_POOL_SIZE);
    }

    public StoreConfig withDurability(Durability value) {
        return new StoreConfig(jdbcUrl, user, password, value, poolSize);
    }
}
