package org.bluewhale.store;

import java.nio.file.Path;

/**
 * The databases every store test runs against, as a user would configure them: embedded files
 * under the test's data directory, and the PostgreSQL and MariaDB servers of this machine (a fresh
 * schema per test, see {@link ServerDatabase}).
 */
public enum Databases {
    H2(null), SQLITE(null), POSTGRESQL(ServerDatabase.POSTGRESQL), MARIADB(ServerDatabase.MARIADB);

    private final ServerDatabase server;

    Databases(ServerDatabase server) {
        this.server = server;
    }

    /** The JDBC URL of this test's database (a file under {@code dataDir}, or its server schema). */
    public String url(Path dataDir) {
        Path db = dataDir.resolve("db");
        return switch (this) {
            case H2 -> "jdbc:h2:file:" + db.resolve("bluewhale");
            case SQLITE -> "jdbc:sqlite:" + db.resolve("bluewhale.sqlite");
            case POSTGRESQL, MARIADB -> server.urlFor(dataDir);
        };
    }

    /** True for the files under the data directory, false for a schema on a server. */
    public boolean embedded() {
        return server == null;
    }

    public String user() {
        return server == null ? "sa" : server.user;
    }

    /** Drops the server schemas opened so far (tests do it after each test; for benchmarks). */
    public static void dropServerSchemas() {
        ServerDatabase.dropAfterTest();
    }

    public Database open(Path dataDir) {
        dataDir.resolve("db").toFile().mkdirs();
        return Database.open(url(dataDir), user(), "");
    }
}
