package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.bluewhale.store.StoreException;

/**
 * The row that holds the journal position the database has committed: {@code pipeline_state} id 1
 * on a single server, the node's own {@code node_position} row on a clustered node (each node has
 * a journal of its own).
 */
public final class JournalPositionRow {

    private final String select;
    private final String advance;
    private final String nodeId; // null: the single server's row

    private JournalPositionRow(String select, String advance, String nodeId) {
        this.select = select;
        this.advance = advance;
        this.nodeId = nodeId;
    }

    /** The single server's {@code pipeline_state} row. */
    public static JournalPositionRow single() {
        return new JournalPositionRow("SELECT committed_pos FROM pipeline_state WHERE id = 1",
                "UPDATE pipeline_state SET committed_pos = ? WHERE id = 1 AND committed_pos < ?", null);
    }

    /** The row of cluster node {@code nodeId}, created at 0 if it has none. */
    public static JournalPositionRow node(String nodeId, DataSource pool) {
        JournalPositionRow row = new JournalPositionRow("SELECT committed_pos FROM node_position WHERE node = ?",
                "UPDATE node_position SET committed_pos = ? WHERE committed_pos < ? AND node = ?", nodeId);
        try (Connection c = pool.getConnection()) {
            if (!row.exists(c)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO node_position (node, committed_pos) VALUES (?, 0)")) {
                    ps.setString(1, nodeId);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create the journal position row of node " + nodeId, e);
        }
        return row;
    }

    private boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setString(1, nodeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Moves the position forward only, so a replayed older batch cannot move it back. */
    void advance(Connection c, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(advance)) {
            ps.setLong(1, position);
            ps.setLong(2, position);
            if (nodeId != null) {
                ps.setString(3, nodeId);
            }
            ps.executeUpdate();
        }
    }

    long read(DataSource pool) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(select)) {
            if (nodeId != null) {
                ps.setString(1, nodeId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the committed journal position", e);
        }
    }
}
