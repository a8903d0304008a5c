package org.bluewhale.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The balancing rule and the ownership record, without ZooKeeper. */
class BalancerTest {

    private static final Set<String> TEN_PBXS = IntStream.rangeClosed(1, 10).mapToObj(i -> "pbx-" + i)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void sharesAreEvenAndEveryPbxHasOneOwner() {
        Assignment a = Balancer.balance(Assignment.EMPTY, TEN_PBXS, Set.of("a", "b", "c"));

        assertEquals(TEN_PBXS, a.owners().keySet());
        assertEquals(Map.of("a", 4, "b", 3, "c", 3), a.loads());
        assertEquals(10, a.lastEpoch(), "each first owner got its own epoch");
    }

    @Test
    void aNodeThatLeavesHandsOnlyItsOwnPbxsOnWithNewEpochs() {
        Assignment three = Balancer.balance(Assignment.EMPTY, TEN_PBXS, Set.of("a", "b", "c"));
        Assignment two = Balancer.balance(three, TEN_PBXS, Set.of("a", "c"));

        assertEquals(Map.of("a", 5, "c", 5), two.loads());
        three.owners().forEach((pbx, owner) -> {
            Owner now = two.owners().get(pbx);
            if (owner.node().equals("b")) {
                assertTrue(now.epoch() > three.lastEpoch(), pbx + " moved, so its epoch is new");
            } else {
                assertEquals(owner, now, pbx + " stayed where it was, with its epoch");
            }
        });
        assertEquals(three.lastEpoch() + 3, two.lastEpoch());
    }

    @Test
    void aNodeThatJoinsTakesItsShareAndNoMore() {
        Assignment two = Balancer.balance(Assignment.EMPTY, TEN_PBXS, Set.of("a", "b"));
        Assignment three = Balancer.balance(two, TEN_PBXS, Set.of("a", "b", "c"));

        assertEquals(Map.of("a", 4, "b", 3, "c", 3), three.loads());
        long moved = TEN_PBXS.stream().filter(p -> !two.owners().get(p).equals(three.owners().get(p))).count();
        assertEquals(3, moved, "only the newcomer's share moves");
    }

    @Test
    void aBalancedAssignmentIsLeftAlone() {
        Assignment a = Balancer.balance(Assignment.EMPTY, TEN_PBXS, Set.of("a", "b", "c"));

        assertEquals(a, Balancer.balance(a, TEN_PBXS, Set.of("c", "b", "a")));
    }

    @Test
    void aPbxThatComesBackGetsAHigherEpochThanEver() {
        Assignment before = Balancer.balance(Assignment.EMPTY, Set.of("pbx-1", "pbx-2"), Set.of("a"));
        Assignment without = Balancer.balance(before, Set.of("pbx-1"), Set.of("a"));
        Assignment back = Balancer.balance(without, Set.of("pbx-1", "pbx-2"), Set.of("a"));

        assertEquals(List.of("pbx-1"), List.copyOf(without.owners().keySet()));
        assertTrue(back.owners().get("pbx-2").epoch() > before.owners().get("pbx-2").epoch());
    }

    @Test
    void theRecordReadsBackAsWritten() {
        Assignment a = Balancer.balance(Assignment.EMPTY, TEN_PBXS, Set.of("node-a", "node.b", "node_c"));

        assertEquals(a, Assignment.decode(a.encode()));
        assertEquals(Assignment.EMPTY, Assignment.decode(null));
        assertThrows(IllegalArgumentException.class, () -> Assignment.decode("something else\n".getBytes()));
    }

    @Test
    void thereIsNoAssignmentWithoutANode() {
        assertThrows(IllegalArgumentException.class, () -> Balancer.balance(Assignment.EMPTY, TEN_PBXS, Set.of()));
    }
}
