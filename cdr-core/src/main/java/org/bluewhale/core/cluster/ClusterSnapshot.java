package org.bluewhale.core.cluster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster as this node sees it at one moment.
 *
 * @param nodeId        this node's name ({@code cluster.node-id})
 * @param group         its group ({@code cluster.group})
 * @param clustered     false for a single server, which owns every configured PBX
 * @param connected     false while this node has lost ZooKeeper: it owns nothing then, and the rest
 *                      is what it saw last
 * @param members       the live nodes of the group, sorted
 * @param leader        the node that assigns the PBXs, or null while none is elected
 * @param owners        every assigned PBX with its owner and epoch, sorted by PBX
 * @param recentChanges the last ownership changes this node saw, newest first, bounded
 * @param changeCounts  every ownership change this node saw since it started, by reason (every
 *                      reason present, 0 for none)
 */
public record ClusterSnapshot(String nodeId, String group, boolean clustered, boolean connected, List<String> members,
                              String leader, List<PbxOwnership> owners, List<OwnershipChange> recentChanges,
                              Map<ChangeReason, Long> changeCounts) {

    public ClusterSnapshot {
        members = List.copyOf(members);
        owners = List.copyOf(owners);
        recentChanges = List.copyOf(recentChanges);
        Map<ChangeReason, Long> counts = new EnumMap<>(ChangeReason.class);
        for (ChangeReason reason : ChangeReason.values()) {
            counts.put(reason, changeCounts.getOrDefault(reason, 0L));
        }
        changeCounts = Collections.unmodifiableMap(counts);
    }

    /** How many PBXs this node owns now (none while it has lost ZooKeeper). */
    public long ownedHere() {
        return connected ? owners.stream().filter(o -> o.node().equals(nodeId)).count() : 0;
    }

    /** Whether this node is the one that assigns the PBXs. */
    public boolean leads() {
        return connected && nodeId.equals(leader);
    }

    /**
     * The PBX, its owner and the ownership epoch the owner was given (0 on a single server, which
     * has no fence).
     */
    public record PbxOwnership(String pbx, String node, long epoch) {
    }
}
