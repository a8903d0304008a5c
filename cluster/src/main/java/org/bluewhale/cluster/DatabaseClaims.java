package org.bluewhale.cluster;

import org.bluewhale.store.fence.PbxOwnerTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each PBX this node gains into {@code pbx_owner} with its epoch before passing the news on,
 * so the previous owner's batches fail the fence before this node writes its first one. A claim
 * the table refuses (it already holds a newer epoch: this node acts on an old assignment) is not
 * passed on; the next assignment will say who owns the PBX.
 */
public final class DatabaseClaims implements OwnershipListener {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseClaims.class);

    private final PbxOwnerTable owners;
    private final String nodeId;
    private final OwnershipListener next;

    public DatabaseClaims(PbxOwnerTable owners, String nodeId, OwnershipListener next) {
        this.owners = owners;
        this.nodeId = nodeId;
        this.next = next;
    }

    @Override
    public void gained(String pbxId, long epoch) {
        if (owners.claim(pbxId, nodeId, epoch)) {
            next.gained(pbxId, epoch);
        } else {
            LOG.warn("node {} was given PBX {} at epoch {} but the database holds a newer owner: not processing it",
                    nodeId, pbxId, epoch);
        }
    }

    @Override
    public void lost(String pbxId) {
        next.lost(pbxId);
    }
}
