package org.bluewhale.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.bluewhale.core.spi.StoreBatch;

/**
 * The local SQLite file that holds the pipeline's batches while the main database cannot take
 * them. One row per batch ({@link StoreBatchCodec}), appended in journal order; the highest journal
 * position ever appended is kept in the same transaction, so it survives the rows being drained.
 *
 * <p>Thread-safe: one connection, every method synchronized (the pipeline appends, the drainer
 * reads and removes). WAL with {@code synchronous=NORMAL}: a committed append survives a process
 * crash; a power failure may lose the last appends, and with them the position they advanced, so
 * the pipeline re-reads those records from the journal.
 */
public final class OfflineDatabase implements AutoCloseable {

    /** A stored batch and its row id, the drain order. */
    public record Entry(long id, StoreBatch batch) {
    }

    private final Path file;
    private final Connection connection;
    private long batches;
    private long records;
    private long highestPosition;

    private OfflineDatabase(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("CREATE TABLE IF NOT EXISTS batch (id INTEGER PRIMARY KEY, journal_pos INTEGER NOT NULL, "
                    + "records INTEGER NOT NULL, payload BLOB NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS state (id INTEGER PRIMARY KEY, highest_pos INTEGER NOT NULL)");
            s.execute("INSERT OR IGNORE INTO state (id, highest_pos) VALUES (1, 0)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(records), 0), "
                    + "(SELECT highest_pos FROM state WHERE id = 1) FROM batch")) {
                rs.next();
                batches = rs.getLong(1);
                records = rs.getLong(2);
                highestPosition = rs.getLong(3);
            }
        }
        connection.setAutoCommit(false);
    }

    /** Opens (creating) the offline database file. */
    public static OfflineDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                return new OfflineDatabase(file, c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open offline database " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of offline database " + file, e);
        }
    }

    /** Stores the batch and its journal position in one transaction. */
    public synchronized void append(StoreBatch batch) {
        byte[] payload = StoreBatchCodec.encode(batch);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO batch (journal_pos, records, payload) VALUES (?, ?, ?)");
             PreparedStatement advance = connection.prepareStatement(
                     "UPDATE state SET highest_pos = ? WHERE id = 1 AND highest_pos < ?")) {
            insert.setLong(1, batch.journalPosition());
            insert.setInt(2, batch.size());
            insert.setBytes(3, payload);
            insert.executeUpdate();
            advance.setLong(1, batch.journalPosition());
            advance.setLong(2, batch.journalPosition());
            advance.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot write batch of " + batch.size() + " records to the offline "
                    + "database " + file + ": " + e.getMessage(), e);
        }
        batches++;
        records += batch.size();
        highestPosition = Math.max(highestPosition, batch.journalPosition());
    }

    /** The batch appended first among those still held. */
    public synchronized Optional<Entry> oldest() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, payload FROM batch ORDER BY id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            Optional<Entry> entry = rs.next()
                    ? Optional.of(new Entry(rs.getLong(1), StoreBatchCodec.decode(rs.getBytes(2))))
                    : Optional.empty();
            connection.commit();
            return entry;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot read the offline database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forgets a batch the main database has committed. */
    public synchronized void remove(Entry entry) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM batch WHERE id = ?")) {
            ps.setLong(1, entry.id());
            int deleted = ps.executeUpdate();
            connection.commit();
            if (deleted == 1) {
                batches--;
                records -= entry.batch().size();
            }
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot remove a drained batch from " + file + ": " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure that brought us here is the one reported
        }
    }

    /** Batches held. */
    public synchronized long batches() {
        return batches;
    }

    /** Calls plus quarantined records held. */
    public synchronized long records() {
        return records;
    }

    /** The highest journal position ever appended (0 when none); not lowered by draining. */
    public synchronized long highestPosition() {
        return highestPosition;
    }

    /** Bytes of the database file and its write-ahead log on disk. */
    public long bytesOnDisk() {
        long total = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            try {
                total += Files.size(Path.of(file.toAbsolutePath() + suffix));
            } catch (IOException absent) {
                // no WAL between checkpoints
            }
        }
        return total;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close offline database " + file, e);
        }
    }
}
