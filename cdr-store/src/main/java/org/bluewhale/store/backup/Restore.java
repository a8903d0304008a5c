package org.bluewhale.store.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bluewhale.store.Database;

/**
 * Loads a backup archive into a main database of any dialect, migrated to the current schema by
 * opening it. Every entry's checksum is verified before anything is written; the target's rows
 * in the archived tables are replaced (refused when it already holds calls, unless asked); after
 * the load, row counts and billing totals are compared with the manifest.
 */
public final class Restore {

    private static final int BATCH = 1_000;
    private static final int ROWS_PER_COMMIT = 50_000;

    private Restore() {
    }

    /**
     * @param replace also when the target already holds calls or quarantined records (they are deleted)
     * @return the manifest, and the archived configuration files by name
     */
    public static Result into(Database target, Path archive, boolean replace) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = Manifest.read(zip.getInputStream(required(zip, Manifest.ENTRY)));
            verifyChecksums(zip, manifest);
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : manifest.files()) {
                files.put(name, zip.getInputStream(required(zip, Backup.FILES + name)).readAllBytes());
            }
            try (Connection c = target.dataSource().getConnection()) {
                load(c, target.dialectName(), zip, manifest, replace);
                verifyCounts(c, manifest);
            }
            return new Result(manifest, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read backup " + archive + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore into the main database: " + e.getMessage(), e);
        }
    }

    /** What was restored. */
    public record Result(Manifest manifest, Map<String, byte[]> files) {
    }

    private static ZipEntry required(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("archive lacks " + name);
        }
        return entry;
    }

    private static void verifyChecksums(ZipFile zip, Manifest manifest) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        manifest.tables().forEach(t -> expected.put(Backup.TABLES + t + ".rows", manifest.get("table." + t + ".sha256")));
        manifest.files().forEach(f -> expected.put(Backup.FILES + f, manifest.get("file." + f + ".sha256")));
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            MessageDigest sha = Backup.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(required(zip, entry.getKey())), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(entry.getValue())) {
                throw new IOException("archive damaged: " + entry.getKey() + " does not match its checksum");
            }
        }
    }

    private static void load(Connection c, String dialect, ZipFile zip, Manifest manifest, boolean replace)
            throws SQLException, IOException {
        List<String> order = new ArrayList<>(Tables.inDependencyOrder(c).keySet());
        for (String table : manifest.tables()) {
            if (!order.contains(table) && manifest.rows(table) > 0) {
                throw new IllegalStateException("the archive has rows of table " + table + ", which this database's "
                        + "schema lacks: restore with the Bluewhale version that made the backup or a newer one");
            }
        }
        order.retainAll(manifest.tables());
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (!replace && count(s, "SELECT COUNT(*) FROM cdr") + count(s, "SELECT COUNT(*) FROM quarantine") > 0) {
                throw new IllegalStateException("the target database already holds calls; restore with --replace "
                        + "to delete them and load the backup instead");
            }
            List<String> children = new ArrayList<>(order);
            Collections.reverse(children);
            for (String table : children) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        for (String table : order) {
            loadTable(c, table, zip.getInputStream(required(zip, Backup.TABLES + table + ".rows")));
        }
        c.commit();
        c.setAutoCommit(true);
        for (String table : order) {
            for (String column : Tables.identityColumns(c, table)) {
                Identities.continueAfterMax(c, dialect, table, column);
            }
        }
    }

    private static void loadTable(Connection c, String table, InputStream entry) throws SQLException, IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(entry, 1 << 16));
        int columns = in.readInt();
        List<String> names = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            names.add(in.readUTF());
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            long rows = 0;
            while (in.readUnsignedByte() == 1) {
                for (int i = 1; i <= columns; i++) {
                    Cells.bind(in, ps, i);
                }
                ps.addBatch();
                if (++rows % BATCH == 0) {
                    ps.executeBatch();
                }
                if (rows % ROWS_PER_COMMIT == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
        }
    }

    private static void verifyCounts(Connection c, Manifest manifest) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : manifest.tables()) {
                if (manifest.rows(table) == 0) {
                    continue; // possibly a table only the source dialect has (an empty leftover)
                }
                long rows = count(s, "SELECT COUNT(*) FROM " + table);
                if (rows != manifest.rows(table)) {
                    throw new IllegalStateException("restored " + rows + " rows into " + table + ", the backup has "
                            + manifest.rows(table));
                }
                for (Map.Entry<String, Long> total : manifest.totals(table).entrySet()) {
                    long sum = count(s, "SELECT COALESCE(SUM(" + total.getKey() + "), 0) FROM " + table);
                    if (sum != total.getValue()) {
                        throw new IllegalStateException("restored " + table + "." + total.getKey() + " sums to " + sum
                                + ", the backup to " + total.getValue());
                    }
                }
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
