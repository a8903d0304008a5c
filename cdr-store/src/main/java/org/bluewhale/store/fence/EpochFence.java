package org.bluewhale.store.fence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.core.spi.StreamProgress;

/**
 * The fence of a clustered node: for every PBX of a batch, the {@code pbx_owner} row must still
 * name this node with the epoch it holds. The check is an UPDATE that changes nothing, not a
 * SELECT: it takes the row's lock until the batch commits, so a new owner's
 * {@link PbxOwnerTable#claim} waits for a batch in flight and every later batch of the old owner
 * finds the raised epoch. One statement per PBX of the batch, on rows nobody else writes.
 */
public final class EpochFence implements WriteFence {

    private static final String TOUCH = "UPDATE pbx_owner SET epoch = epoch WHERE pbx = ? AND node = ? AND epoch = ?";
    /** The same check, recording where the PBX's stream stands: still one statement. */
    private static final String ADVANCE = "UPDATE pbx_owner SET last_seq = ?, node_pos = ?, tail = ?, tail_time = ? "
            + "WHERE pbx = ? AND node = ? AND epoch = ?";

    private final String nodeId;
    private final HeldEpochs held;
    private final ProgressSource progress;

    public EpochFence(String nodeId, HeldEpochs held) {
        this(nodeId, held, ProgressSource.NONE);
    }

    /** A fence that also keeps, for each PBX of a batch, where its stream stands ({@code progress}). */
    public EpochFence(String nodeId, HeldEpochs held, ProgressSource progress) {
        this.nodeId = nodeId;
        this.held = held;
        this.progress = progress;
    }

    @Override
    public void check(Connection transaction, StoreBatch batch) throws SQLException {
        Set<String> stale = new TreeSet<>();
        try (PreparedStatement touch = transaction.prepareStatement(TOUCH);
             PreparedStatement advance = transaction.prepareStatement(ADVANCE)) {
            for (String pbx : pbxIds(batch)) {
                OptionalLong epoch = held.epochOf(pbx);
                if (epoch.isEmpty()) {
                    stale.add(pbx);
                    continue;
                }
                Optional<StreamProgress> stands = progress.progressAt(pbx, batch.journalPosition());
                PreparedStatement ps = stands.isPresent() ? advance : touch;
                int at = 1;
                if (stands.isPresent()) {
                    ps.setLong(at++, stands.get().lastSeq());
                    ps.setLong(at++, stands.get().nodePosition());
                    ps.setString(at++, stands.get().tailText());
                    ps.setLong(at++, stands.get().tailReceivedMillis());
                }
                ps.setString(at++, pbx);
                ps.setString(at++, nodeId);
                ps.setLong(at, epoch.getAsLong());
                if (ps.executeUpdate() != 1) {
                    stale.add(pbx);
                }
            }
        }
        if (!stale.isEmpty()) {
            throw new StaleOwnershipException(stale);
        }
    }

    private static Set<String> pbxIds(StoreBatch batch) {
        Set<String> ids = new TreeSet<>(); // sorted: concurrent batches lock rows in one order
        for (RatedCall call : batch.calls()) {
            ids.add(call.leg().pbxId());
        }
        for (Quarantined q : batch.quarantined()) {
            ids.add(q.raw().pbxId());
        }
        for (CallQuality q : batch.quality()) {
            ids.add(q.pbxId());
        }
        return ids;
    }
}
