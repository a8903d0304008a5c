package org.bluewhale.cluster;

/**
 * Told when this node gains or loses a PBX. Calls come one at a time, from the cluster's own
 * thread, in the order the changes happened; a PBX is always lost before it is gained again.
 */
public interface OwnershipListener {

    /** This node now owns {@code pbxId} at {@code epoch}: claim it in the database, then process it. */
    void gained(String pbxId, long epoch);

    /** This node no longer owns {@code pbxId} (moved, or the node lost ZooKeeper): stop processing it. */
    void lost(String pbxId);
}
