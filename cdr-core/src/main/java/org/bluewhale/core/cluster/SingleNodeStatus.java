package org.bluewhale.core.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A server running alone (no {@code cluster.zookeeper}): it is its own leader and owns every configured PBX. */
public final class SingleNodeStatus implements ClusterStatus {

    private final ClusterSnapshot snapshot;

    public SingleNodeStatus(String nodeId, String group, Collection<String> pbxIds) {
        List<ClusterSnapshot.PbxOwnership> owners = new TreeSet<>(pbxIds).stream()
                .map(pbx -> new ClusterSnapshot.PbxOwnership(pbx, nodeId, 0)).toList();
        this.snapshot = new ClusterSnapshot(nodeId, group, false, true, List.of(nodeId), nodeId, owners, List.of(),
                Map.of());
    }

    @Override
    public ClusterSnapshot snapshot() {
        return snapshot;
    }
}
