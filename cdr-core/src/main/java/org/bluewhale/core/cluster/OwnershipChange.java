package org.bluewhale.core.cluster;

import java.time.Instant;

/**
 * A PBX moving from one node to another, as the leader published it.
 *
 * @param pbx    the PBX
 * @param from   the node that owned it before, or null when it had no owner
 * @param to     the node that owns it now, or null when it is no longer assigned
 * @param epoch  the epoch of the new owner (the last one when the PBX is no longer assigned)
 * @param at     when the leader published the change (ZooKeeper's time of the write)
 * @param reason why, as far as this node could tell
 */
public record OwnershipChange(String pbx, String from, String to, long epoch, Instant at, ChangeReason reason) {
}
