package org.bluewhale.store.dialect;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.store.Durability;

/**
 * SQLite through xerial sqlite-jdbc. Pragmas are passed as driver properties, so every pooled
 * connection gets them; a pragma set in the URL's query string overrides ours.
 *
 * <p>Durability: in WAL mode with {@code synchronous=NORMAL} a commit is in the WAL file (the OS
 * has it) when it returns, so it survives {@code kill -9}; only a power loss can roll back the
 * last commits. {@code synchronous=FULL} fsyncs the WAL on every commit for {@link Durability#POWER_LOSS}.
 */
final class SqliteDialect implements Dialect {

    /** SQLite allows 32766 bound parameters per statement; far more than we use. */
    private static final int MAX_PARAMETERS = 32766;

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Map<String, String> placeholders() {
        // "INTEGER PRIMARY KEY" (exactly) makes the key the rowid: the table is its own key index.
        return Map.of("key_type", "INTEGER", "text", "TEXT", "bytes", "BLOB",
                "identity", "INTEGER PRIMARY KEY");
    }

    @Override
    public void configure(HikariConfig pool, Durability durability) {
        createParentDirectory(pool.getJdbcUrl());
        Map<String, String> pragmas = new LinkedHashMap<>();
        pragmas.put("journal_mode", "WAL");
        pragmas.put("synchronous", durability == Durability.POWER_LOSS ? "FULL" : "NORMAL");
        pragmas.put("page_size", "8192");          // only takes effect on a new file
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

    /** SQLite creates the file but not its directory; H2 creates both, so do the same here. */
    private static void createParentDirectory(String url) {
        String file = url.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "").replaceFirst("\\?.*$", "");
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith(":resource:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the SQLite database " + parent, e);
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
