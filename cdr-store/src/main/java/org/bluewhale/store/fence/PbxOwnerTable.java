package org.bluewhale.store.fence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.bluewhale.core.spi.StreamProgress;
import org.bluewhale.store.StoreException;

/**
 * The {@code pbx_owner} table: which node owns each PBX, at which ownership epoch. A node that
 * is given a PBX {@link #claim}s it before processing it; from then on the previous owner's
 * batches fail the {@link EpochFence}. Epochs only grow, so a claim with an older epoch than the
 * row's (a slow node acting on an old assignment) is refused.
 */
public final class PbxOwnerTable {

    /** The owner a row names. */
    public record Owner(String node, long epoch) {
    }

    private final DataSource pool;

    public PbxOwnerTable(DataSource pool) {
        this.pool = pool;
    }

    /**
     * Makes {@code node} the owner of {@code pbx} at {@code epoch} when the row's epoch is lower
     * (or there is no row). Waits for a batch of the previous owner that holds the row's lock.
     *
     * @return true when the row now names this node at this epoch (also when it already did)
     */
    public boolean claim(String pbx, String node, long epoch) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true); // each statement atomic on its own
            for (int attempt = 0; attempt < 2; attempt++) {
                if (raise(c, pbx, node, epoch)) {
                    return true;
                }
                Optional<Owner> current = owner(c, pbx);
                if (current.isPresent()) {
                    return current.get().equals(new Owner(node, epoch));
                }
                if (insert(c, pbx, node, epoch)) {
                    return true;
                }
                // another node inserted the row between our look and our insert: compare epochs again
            }
            return false;
        } catch (SQLException e) {
            throw new StoreException("cannot claim PBX " + pbx + " for node " + node + " at epoch " + epoch
                    + ": " + e.getMessage(), e);
        }
    }

    /** The row of {@code pbx}, empty when no node ever claimed it. */
    public Optional<Owner> owner(String pbx) {
        try (Connection c = pool.getConnection()) {
            return owner(c, pbx);
        } catch (SQLException e) {
            throw new StoreException("cannot read the owner of PBX " + pbx + ": " + e.getMessage(), e);
        }
    }

    /** Where the stream of {@code pbx} stood at its owner's last stored batch; {@link StreamProgress#NONE} without a row. */
    public StreamProgress progress(String pbx) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT last_seq, node_pos, tail, tail_time FROM pbx_owner WHERE pbx = ?")) {
            ps.setString(1, pbx);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new StreamProgress(rs.getLong(1), rs.getLong(2),
                        StreamProgress.parseTail(rs.getString(3)), rs.getLong(4)) : StreamProgress.NONE;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the stored progress of PBX " + pbx + ": " + e.getMessage(), e);
        }
    }

    private static boolean raise(Connection c, String pbx, String node, long epoch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE pbx_owner SET node = ?, epoch = ? WHERE pbx = ? AND epoch < ?")) {
            ps.setString(1, node);
            ps.setLong(2, epoch);
            ps.setString(3, pbx);
            ps.setLong(4, epoch);
            return ps.executeUpdate() == 1;
        }
    }

    private static boolean insert(Connection c, String pbx, String node, long epoch) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pbx_owner (pbx, node, epoch) VALUES (?, ?, ?)")) {
            ps.setString(1, pbx);
            ps.setString(2, node);
            ps.setLong(3, epoch);
            ps.executeUpdate();
            return true;
        } catch (SQLException duplicateKey) { // any other failure shows again in the next raise()
            return false;
        }
    }

    private static Optional<Owner> owner(Connection c, String pbx) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT node, epoch FROM pbx_owner WHERE pbx = ?")) {
            ps.setString(1, pbx);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Owner(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }
}
