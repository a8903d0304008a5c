package org.bluewhale.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.OwnershipChange;
import org.junit.jupiter.api.Test;

/** Why a PBX changed owner, told from two views of the group. */
class OwnershipChangesTest {

    private static final Instant AT = Instant.parse("2026-12-08T01:30:00Z");

    private static GroupView view(Set<String> members, long lastEpoch, Map<String, Owner> owners) {
        return new GroupView(true, new TreeSet<>(members), "a", new Assignment(lastEpoch, new TreeMap<>(owners)), AT);
    }

    @Test
    void aPbxOfANodeThatLeftIsAFailoverWithTheNewOwnersEpoch() {
        GroupView before = view(Set.of("a", "b"), 2, Map.of("p1", new Owner("a", 1), "p2", new Owner("b", 2)));
        GroupView after = view(Set.of("a"), 3, Map.of("p1", new Owner("a", 1), "p2", new Owner("a", 3)));

        assertEquals(List.of(new OwnershipChange("p2", "b", "a", 3, AT, ChangeReason.NODE_LEFT)),
                OwnershipChanges.between(before, after, true));
    }

    @Test
    void aPbxGivenToANodeThatOwnedNothingWentToANewcomer() {
        GroupView before = view(Set.of("a"), 2, Map.of("p1", new Owner("a", 1), "p2", new Owner("a", 2)));
        GroupView after = view(Set.of("a", "b"), 3, Map.of("p1", new Owner("a", 1), "p2", new Owner("b", 3)));

        assertEquals(List.of(new OwnershipChange("p2", "a", "b", 3, AT, ChangeReason.NODE_JOINED)),
                OwnershipChanges.between(before, after, true));
    }

    @Test
    void movesBetweenNodesThatStayAreRebalancingAndNewOrRemovedPbxsAreSaidSo() {
        GroupView before = view(Set.of("a", "b"), 3, Map.of("p1", new Owner("a", 1), "p2", new Owner("a", 2),
                "p3", new Owner("b", 3), "old", new Owner("b", 1)));
        GroupView after = view(Set.of("a", "b"), 5, Map.of("p1", new Owner("a", 1), "p2", new Owner("b", 4),
                "p3", new Owner("b", 3), "new", new Owner("a", 5)));

        assertEquals(List.of(new OwnershipChange("new", null, "a", 5, AT, ChangeReason.ASSIGNED),
                        new OwnershipChange("old", "b", null, 1, AT, ChangeReason.UNASSIGNED),
                        new OwnershipChange("p2", "a", "b", 4, AT, ChangeReason.REBALANCED)),
                OwnershipChanges.between(before, after, true));
    }

    @Test
    void afterALossOfZooKeeperTheReasonIsUnknown() {
        GroupView before = view(Set.of("a", "b"), 2, Map.of("p1", new Owner("a", 1), "p2", new Owner("b", 2)));
        GroupView after = view(Set.of("a"), 3, Map.of("p1", new Owner("a", 1), "p2", new Owner("a", 3)));

        assertEquals(List.of(new OwnershipChange("p2", "b", "a", 3, AT, ChangeReason.UNKNOWN)),
                OwnershipChanges.between(before, after, false));
    }
}
