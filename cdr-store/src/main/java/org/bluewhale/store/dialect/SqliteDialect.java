package org.bluewhale.store.dialect;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bluewhale.store.Durability;

/**
 * SQLite through xerial sqlite-jdbc. Pragmas are passed as driver properties, so every pooled
 * connection gets them; a pragma set in the URL's query string overrides ours.
 *
 * <p>Durability, always in WAL mode: a commit has been written to the WAL file (the OS has it)
 * when it returns, whatever {@code synchronous} says, so it survives {@code kill -9}.
 * {@link Durability#PROCESS_CRASH} uses {@code synchronous=NORMAL}: fsync only at checkpoints.
 * {@code OFF} measured about 12 % faster (BENCHMARKS.md) but may leave the file damaged after an
 * OS crash or power loss (a checkpoint's unsynced pages), whereas NORMAL only rolls back the
 * last commits, which the journal then replays. A billing database must never be damaged, so
 * we do not take that speed.
 * {@link Durability#POWER_LOSS} uses {@code synchronous=FULL}: the WAL is fsynced on every commit.
 */
final class SqliteDialect implements Dialect {

    /** SQLite allows 32766 bound parameters per statement; far more than we use. */
    private static final int MAX_PARAMETERS = 32766;
    private static final String DEFAULT_PAGE_SIZE = "8192";
    private static final Pattern PAGE_SIZE_IN_URL = Pattern.compile("[?&]page_size=(\\d+)");

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Map<String, String> placeholders() {
        // "INTEGER PRIMARY KEY" (exactly) makes the key the rowid: the table is its own key index.
        return Map.of("key_type", "INTEGER", "text", "TEXT", "indexed_text", "TEXT", "bytes", "BLOB",
                "identity", "INTEGER PRIMARY KEY");
    }

    @Override
    public void configure(HikariConfig pool, Durability durability) {
        createNewFile(pool.getJdbcUrl());
        Map<String, String> pragmas = new LinkedHashMap<>();
        pragmas.put("journal_mode", "WAL");
        pragmas.put("synchronous", durability == Durability.POWER_LOSS ? "FULL" : "NORMAL");
        pragmas.put("cache_size", "-131072");      // KiB (negative): 128 MiB
        pragmas.put("mmap_size", "268435456");     // readers map 256 MiB instead of read()
        pragmas.put("temp_store", "MEMORY");
        pragmas.put("busy_timeout", "10000");      // readers wait out a checkpoint
        pragmas.put("foreign_keys", "true");
        // A pragma given in the URL (jdbc:sqlite:file?page_size=4096) wins over our default.
        String query = pool.getJdbcUrl().contains("?") ? pool.getJdbcUrl().substring(pool.getJdbcUrl().indexOf('?')) : "";
        pragmas.forEach((name, value) -> {
            if (!query.contains(name + "=")) {
                pool.addDataSourceProperty(name, value);
            }
        });
    }

    /**
     * Creates a new database file (and its directory, as H2 does) with our page size. The page size
     * must be set before the file switches to WAL, and sqlite-jdbc applies journal_mode before
     * page_size when both are driver properties, so as a property it never took effect.
     */
    private static void createNewFile(String url) {
        String file = url.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "").replaceFirst("\\?.*$", "");
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith(":resource:") || Files.exists(Path.of(file))) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the SQLite database " + parent, e);
        }
        Matcher fromUrl = PAGE_SIZE_IN_URL.matcher(url);
        String pageSize = fromUrl.find() ? fromUrl.group(1) : DEFAULT_PAGE_SIZE;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size=" + pageSize);
            s.execute("PRAGMA journal_mode=WAL"); // writes the header: the page size is now fixed
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the SQLite database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isDuplicateKey(SQLException e) {
        return Dialect.anyInChain(e, s -> {
            String message = String.valueOf(s.getMessage());
            return message.contains("SQLITE_CONSTRAINT_PRIMARYKEY") || message.contains("SQLITE_CONSTRAINT_UNIQUE");
        });
    }

    @Override
    public int rowsPerInsert(int columns) {
        return Math.min(50, MAX_PARAMETERS / columns);
    }
}
