package org.bluewhale.store.backup;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bluewhale.store.Database;

/**
 * An online backup of the main database into one portable zip archive, while the pipeline keeps
 * writing: every table is read in one read-only transaction at repeatable-read isolation, a
 * consistent snapshot on all four databases, so the journal position in {@code pipeline_state}
 * matches the rows beside it.
 *
 * <pre>
 * archive.zip
 *   manifest.properties        what is inside, row counts, billing totals, SHA-256 of every entry
 *   tables/&lt;table&gt;.rows       columns i32 | columns × name (UTF) | rows: 1 | cells ({@link Cells}) ... | 0
 *   files/&lt;name&gt;              configuration files given by the caller
 * </pre>
 */
public final class Backup {

    static final String TABLES = "tables/";
    static final String FILES = "files/";
    private static final int FETCH_SIZE = 2_000;

    private Backup() {
    }

    /** Writes the archive to {@code out} (through a temporary file beside it) and returns its manifest. */
    public static Manifest write(Database source, Map<String, byte[]> files, Path out) {
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Manifest manifest;
            try (OutputStream file = Files.newOutputStream(tmp)) {
                manifest = write(source, files, file);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write backup " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing left to clean if the move happened
            }
        }
    }

    /** Streams the archive to {@code out} (the API sends it straight to the client). */
    public static Manifest write(Database source, Map<String, byte[]> files, OutputStream out) {
        Manifest manifest = Manifest.empty(source.dialectName(), Instant.now().toString());
        try (Connection c = source.dataSource().getConnection();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, List<String>> tables;
            snapshot(c, source.dialectName());
            try {
                tables = Tables.inDependencyOrder(c);
                for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                    writeTable(c, zip, table.getKey(), table.getValue(), manifest);
                }
                c.commit();
            } finally {
                releaseSnapshot(c, source.dialectName());
            }
            manifest.set("tables", String.join(",", tables.keySet()));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(FILES + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
                manifest.set("file." + file.getKey() + ".sha256", sha256(file.getValue()));
            }
            manifest.set("files", String.join(",", files.keySet()));
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
            zip.finish();
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the main database for a backup: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup: " + e.getMessage(), e);
        }
    }

    /**
     * One transaction that sees one state of every table however long the backup takes. H2's
     * REPEATABLE READ fixes each table at its first read only, so H2 gets its SNAPSHOT level.
     */
    private static void snapshot(Connection c, String dialect) throws SQLException {
        if (dialect.equals("h2")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            c.setAutoCommit(false);
            return;
        }
        c.setAutoCommit(false);
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException unsupported) {
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE); // SQLite: its only snapshot level
        }
    }

    /** The pool reuses the connection: H2's session level goes back to its default. */
    private static void releaseSnapshot(Connection c, String dialect) throws SQLException {
        c.rollback();
        if (dialect.equals("h2")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        }
    }

    private static void writeTable(Connection c, ZipOutputStream zip, String table, List<String> primaryKey,
                                   Manifest manifest) throws SQLException, IOException {
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(TABLES + table + ".rows"));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(zip, sha), 1 << 16));
        String order = primaryKey.isEmpty() ? "" : " ORDER BY " + String.join(", ", primaryKey);
        long rows = 0;
        Map<Integer, Long> totals = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + order)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                int[] types = new int[columns + 1];
                List<String> totalColumns = Manifest.TOTALS.getOrDefault(table, List.of());
                out.writeInt(columns);
                for (int i = 1; i <= columns; i++) {
                    String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    out.writeUTF(name);
                    types[i] = meta.getColumnType(i);
                    if (totalColumns.contains(name)) {
                        totals.put(i, 0L);
                    }
                }
                while (rs.next()) {
                    out.writeByte(1);
                    for (int i = 1; i <= columns; i++) {
                        Cells.write(out, rs, i, types[i]);
                    }
                    totals.replaceAll((i, sum) -> sum + longAt(rs, i));
                    rows++;
                }
                out.writeByte(0);
                out.flush();
                for (Map.Entry<Integer, Long> total : totals.entrySet()) {
                    manifest.set("table." + table + ".total." + meta.getColumnLabel(total.getKey())
                            .toLowerCase(Locale.ROOT), Long.toString(total.getValue()));
                }
            }
        }
        zip.closeEntry();
        manifest.set("table." + table + ".rows", Long.toString(rows));
        manifest.set("table." + table + ".sha256", HexFormat.of().formatHex(sha.digest()));
    }

    private static long longAt(ResultSet rs, int column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
