package org.bluewhale.core.cluster;

/** Why a PBX changed owner, as far as the observing node can tell. */
public enum ChangeReason {
    /** Its owner left the group (died, was cut off, or shut down): a failover. */
    NODE_LEFT,
    /** A node joined and took its share. */
    NODE_JOINED,
    /** The PBX had no owner: the group's first assignment, or a PBX newly configured. */
    ASSIGNED,
    /** The PBX is no longer configured on the leader. */
    UNASSIGNED,
    /** Moved between live nodes to even the shares. */
    REBALANCED,
    /** Seen after this node had lost ZooKeeper for a while: it cannot tell what happened meanwhile. */
    UNKNOWN
}
