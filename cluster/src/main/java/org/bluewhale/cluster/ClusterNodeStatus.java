package org.bluewhale.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.ClusterSnapshot;
import org.bluewhale.core.cluster.ClusterSnapshot.PbxOwnership;
import org.bluewhale.core.cluster.ClusterStatus;
import org.bluewhale.core.cluster.OwnershipChange;

/**
 * The operator's view of a clustered node, fed with every {@link GroupView} its {@link ClusterNode}
 * reads (pass it as the observer of {@link ClusterNode#join(ClusterSettings, java.util.Set,
 * OwnershipListener, Consumer)}): the group now, and the ownership changes seen since this node
 * started, the last {@code keep} of them listed, all of them counted by reason.
 */
public final class ClusterNodeStatus implements ClusterStatus, Consumer<GroupView> {

    /** Recent changes listed by default: a failover of a node with a few dozen PBXs, and some before. */
    public static final int KEEP = 100;

    private final ClusterSettings settings;
    private final int keep;
    private final Deque<OwnershipChange> recent = new ArrayDeque<>();
    private final Map<ChangeReason, Long> counts = new EnumMap<>(ChangeReason.class);
    private GroupView last = GroupView.NONE;
    /** The last view seen while connected, which the next connected one is compared with. */
    private GroupView lastConnected;
    private boolean gap;

    public ClusterNodeStatus(ClusterSettings settings, int keep) {
        this.settings = settings;
        this.keep = keep;
    }

    public ClusterNodeStatus(ClusterSettings settings) {
        this(settings, KEEP);
    }

    @Override
    public synchronized void accept(GroupView view) {
        last = view;
        if (!view.connected()) {
            gap = lastConnected != null;
            return;
        }
        if (lastConnected != null) {
            for (OwnershipChange change : OwnershipChanges.between(lastConnected, view, !gap)) {
                recent.addFirst(change);
                counts.merge(change.reason(), 1L, Long::sum);
            }
            while (recent.size() > keep) {
                recent.removeLast();
            }
        }
        lastConnected = view;
        gap = false;
    }

    @Override
    public synchronized ClusterSnapshot snapshot() {
        List<PbxOwnership> owners = new ArrayList<>();
        last.assignment().owners().forEach((pbx, owner) -> owners.add(new PbxOwnership(pbx, owner.node(), owner.epoch())));
        return new ClusterSnapshot(settings.nodeId(), settings.group(), true, last.connected(),
                List.copyOf(last.members()), last.leader(), owners, List.copyOf(recent), counts);
    }
}
