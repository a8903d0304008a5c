package org.bluewhale.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The group as a node read it from ZooKeeper at one moment: who is alive, who leads, who owns what.
 *
 * @param connected  false from the moment the node lost ZooKeeper; the rest is then what it read last
 * @param members    the live nodes of the group
 * @param leader     the elected leader, or null while there is none
 * @param assignment the ownership record
 * @param assignedAt when the leader wrote the record (ZooKeeper's modification time), null before any
 */
public record GroupView(boolean connected, SortedSet<String> members, String leader, Assignment assignment,
                        Instant assignedAt) {

    /** Before the node first read its group. */
    static final GroupView NONE = new GroupView(false, new TreeSet<>(), null, Assignment.EMPTY, null);

    public GroupView {
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    /** The same view, marked as no longer connected. */
    GroupView disconnected() {
        return new GroupView(false, members, leader, assignment, assignedAt);
    }
}
