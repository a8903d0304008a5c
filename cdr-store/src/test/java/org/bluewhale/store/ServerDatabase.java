package org.bluewhale.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database server the store tests run against (PostgreSQL, MariaDB on this machine), each test
 * in a fresh schema of its own, named {@code bw_<random>}, created on first use and dropped after
 * the test by {@link DropServerSchemas}.
 *
 * <p>When the server is unreachable the test is skipped, saying why, or fails when the environment
 * variable {@code BLUEWHALE_REQUIRE_DBS=1} is set (as in CI), so a missing server cannot pass
 * silently there.
 */
public enum ServerDatabase {
    POSTGRESQL("PostgreSQL", 5432, "postgres",
            "apt-get install postgresql, allow trust auth for 127.0.0.1 in pg_hba.conf, start it and "
                    + "createdb -U postgres test") {
        @Override
        String adminUrl() {
            return "jdbc:postgresql://" + HOST + ":" + port + "/test";
        }

        @Override
        String url(String schema) {
            return adminUrl() + "?currentSchema=" + schema;
        }

        @Override
        String createSql(String schema) {
            return "CREATE SCHEMA IF NOT EXISTS " + schema;
        }

        @Override
        String dropSql(String schema) {
            return "DROP SCHEMA IF EXISTS " + schema + " CASCADE";
        }
    },
    MARIADB("MariaDB", 3306, "root",
            "apt-get install mariadb-server, start it, and let root log in from 127.0.0.1 without a password") {
        @Override
        String adminUrl() {
            return "jdbc:mariadb://" + HOST + ":" + port + "/";
        }

        @Override
        String url(String schema) {
            return adminUrl() + schema;
        }

        @Override
        String createSql(String schema) {
            return "CREATE DATABASE IF NOT EXISTS " + schema;
        }

        @Override
        String dropSql(String schema) {
            return "DROP DATABASE IF EXISTS " + schema;
        }
    };

    static final String HOST = "127.0.0.1";
    private static final String SCHEMA_FILE = "server-schema";
    private static final boolean REQUIRED = "1".equals(System.getenv("BLUEWHALE_REQUIRE_DBS"));
    private static final Map<ServerDatabase, String> UNREACHABLE = new ConcurrentHashMap<>();
    /** Schemas used by the running test, per server; a test that reopens its database adds its schema once. */
    private static final Set<Map.Entry<ServerDatabase, String>> USED_BY_TEST = ConcurrentHashMap.newKeySet();

    final String product;
    public final int port;
    public final String user;
    private final String howToStart;

    ServerDatabase(String product, int port, String user, String howToStart) {
        this.product = product;
        this.port = port;
        this.user = user;
        this.howToStart = howToStart;
    }

    abstract String adminUrl();

    abstract String url(String schema);

    abstract String createSql(String schema);

    abstract String dropSql(String schema);

    /**
     * The JDBC URL of the test's own schema, whose name is kept in {@code dataDir} so that a
     * second open (a restart, a child process) finds the same data. Skips or fails the test when
     * the server cannot be reached.
     */
    public String urlFor(Path dataDir) {
        requireReachable();
        String schema = schemaOf(dataDir);
        try (Connection c = DriverManager.getConnection(adminUrl(), user, ""); Statement s = c.createStatement()) {
            s.execute(createSql(schema));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema + " on " + product + ": " + e.getMessage(), e);
        }
        USED_BY_TEST.add(Map.entry(this, schema));
        return url(schema);
    }

    private void requireReachable() {
        String why = UNREACHABLE.computeIfAbsent(this, ServerDatabase::probe);
        if (why.isEmpty()) {
            return;
        }
        String message = product + " not reachable on " + HOST + ":" + port + " (" + why + "): " + howToStart
                + (REQUIRED ? "" : "; or set BLUEWHALE_REQUIRE_DBS=1 to make this a failure");
        if (REQUIRED) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    /** Empty when a session can be opened, else the reason it cannot. */
    private String probe() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1_000);
        } catch (IOException e) {
            return e.getMessage();
        }
        try (Connection c = DriverManager.getConnection(adminUrl(), user, "")) {
            return c.isValid(2) ? "" : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String schemaOf(Path dataDir) {
        Path file = dataDir.resolve(SCHEMA_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDir);
            String schema = "bw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            Files.writeString(file, schema);
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drop(String schema) {
        try (Connection c = DriverManager.getConnection(adminUrl(), user, ""); Statement s = c.createStatement()) {
            s.execute(dropSql(schema));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema + " on " + product + ": " + e.getMessage(), e);
        }
    }

    /** Drops every schema the test just finished created or opened (called by {@link DropServerSchemas}). */
    static void dropAfterTest() {
        for (Map.Entry<ServerDatabase, String> used : USED_BY_TEST) {
            USED_BY_TEST.remove(used);
            used.getKey().drop(used.getValue());
        }
    }
}
