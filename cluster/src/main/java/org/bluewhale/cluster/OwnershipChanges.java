package org.bluewhale.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.OwnershipChange;

/** The PBXs whose owner differs between two views of a group, each with why it moved. */
final class OwnershipChanges {

    private OwnershipChanges() {
    }

    /**
     * @param before    the view seen before
     * @param after     the view seen now
     * @param continuous false when the observer lost ZooKeeper in between: it then cannot tell why
     */
    static List<OwnershipChange> between(GroupView before, GroupView after, boolean continuous) {
        Map<String, Owner> was = before.assignment().owners();
        Map<String, Owner> now = after.assignment().owners();
        Set<String> ownedBefore = new TreeSet<>(before.assignment().loads().keySet());
        Set<String> pbxs = new TreeSet<>(was.keySet());
        pbxs.addAll(now.keySet());
        List<OwnershipChange> changes = new ArrayList<>();
        for (String pbx : pbxs) {
            Owner from = was.get(pbx);
            Owner to = now.get(pbx);
            if (Objects.equals(from, to)) {
                continue;
            }
            String fromNode = from == null ? null : from.node();
            String toNode = to == null ? null : to.node();
            ChangeReason reason = continuous ? reason(fromNode, toNode, after.members(), ownedBefore)
                    : ChangeReason.UNKNOWN;
            changes.add(new OwnershipChange(pbx, fromNode, toNode, to == null ? from.epoch() : to.epoch(),
                    after.assignedAt(), reason));
        }
        return changes;
    }

    /**
     * The balancer moves a PBX between live nodes only to even the shares, so a PBX whose old owner
     * is gone was failed over, and one given to a node that owned nothing went to a newcomer.
     */
    private static ChangeReason reason(String from, String to, Set<String> members, Set<String> ownedBefore) {
        if (from == null) {
            return ChangeReason.ASSIGNED;
        }
        if (to == null) {
            return ChangeReason.UNASSIGNED;
        }
        if (!members.contains(from)) {
            return ChangeReason.NODE_LEFT;
        }
        return ownedBefore.contains(to) ? ChangeReason.REBALANCED : ChangeReason.NODE_JOINED;
    }
}
