package org.bluewhale.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.curator.test.InstanceSpec;
import org.bluewhale.cluster.Members.Member;
import org.bluewhale.core.testing.FaultProxy;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Membership and PBX ownership over a real three-server ZooKeeper ensemble. */
class ClusterNodeTest {

    private static final Set<String> PBXS = Members.pbxs(10);
    private static final Duration SETTLE = Duration.ofSeconds(20);

    private Ensemble ensemble;
    private Members members;

    @BeforeEach
    void startEnsemble() throws Exception {
        ensemble = new Ensemble();
        members = new Members();
    }

    @AfterEach
    void stop() throws Exception {
        members.close();
        ensemble.close();
    }

    @Test
    void ownershipSpreadsEvenlyOverThreeNodesAndEveryNodeSeesTheSameAssignment() throws Exception {
        List<Member> nodes = List.of(members.join(ensemble.node("a"), PBXS), members.join(ensemble.node("b"), PBXS),
                members.join(ensemble.node("c"), PBXS));

        Poll.until(SETTLE, "10 PBXs spread over 3 nodes", () -> Members.balanced(nodes, PBXS));

        List<Integer> shares = nodes.stream().map(m -> m.listener().owned.size()).sorted().toList();
        assertEquals(List.of(3, 3, 4), shares);
        Poll.until(SETTLE, "every node reading the same assignment",
                () -> nodes.stream().map(m -> m.node().assignment()).distinct().count() == 1);
        Assignment assignment = nodes.get(0).node().assignment();
        for (Member m : nodes) {
            assertEquals(m.listener().owned, m.node().held(), "the listener was told exactly what the node holds");
            m.listener().owned.forEach((pbx, epoch) ->
                    assertEquals(new Owner(m.node().nodeId(), epoch), assignment.owners().get(pbx)));
        }
        assertEquals(1, nodes.stream().filter(m -> m.node().isLeader()).count(), "one leader");
    }

    @Test
    void theDeadNodesPbxsMoveWithinTheSessionTimeoutAndComeBackWhenItReturns() throws Exception {
        List<FaultProxy> network = new ArrayList<>();
        Member a = members.join(ensemble.node("a"), PBXS);
        Member b = members.join(ensemble.node("b"), PBXS);
        Member c = members.join(ensemble.proxiedNode("c", network), PBXS);
        List<Member> all = List.of(a, b, c);
        Poll.until(SETTLE, "10 PBXs spread over 3 nodes", () -> Members.balanced(all, PBXS));
        Map<String, Long> cHeld = new TreeMap<>(c.listener().owned);

        long cutAt = System.nanoTime();
        network.forEach(FaultProxy::cut); // c is gone: no heartbeat reaches ZooKeeper any more
        Poll.until(SETTLE, "c's PBXs owned by a and b", () -> Members.balanced(List.of(a, b), PBXS));
        Duration failover = Duration.ofNanos(System.nanoTime() - cutAt);

        System.out.printf("failover of %d PBXs after the owner's network was cut: %d ms (session timeout %d ms)%n",
                cHeld.size(), failover.toMillis(), Ensemble.SESSION.toMillis());
        assertTrue(failover.compareTo(Ensemble.SESSION.plusSeconds(2)) < 0,
                "ownership moved within the session timeout plus 2 s: " + failover);
        assertTrue(c.node().held().isEmpty(), "c, cut off, holds no epoch its fence would accept");
        assertTrue(c.listener().owned.isEmpty(), "c, cut off, stopped processing its PBXs");
        Assignment after = a.node().assignment();
        cHeld.forEach((pbx, oldEpoch) -> {
            Member now = after.owners().get(pbx).node().equals("a") ? a : b;
            assertTrue(now.listener().owned.get(pbx) > oldEpoch, pbx + " has a new epoch");
            assertTrue(c.listener().lostNanos.get(pbx) < now.listener().gainedNanos.get(pbx),
                    pbx + ": the old owner stopped before the new one started");
        });

        network.forEach(FaultProxy::restore); // c comes back with a new session and takes its share again
        Poll.until(SETTLE, "10 PBXs spread over 3 nodes again", () -> Members.balanced(all, PBXS)
                && c.listener().owned.size() == 3);
    }

    @Test
    void losingOneZooKeeperServerOfThreeChangesNoOwner() throws Exception {
        List<Member> nodes = List.of(members.join(ensemble.node("a"), PBXS), members.join(ensemble.node("b"), PBXS),
                members.join(ensemble.node("c"), PBXS));
        Poll.until(SETTLE, "10 PBXs spread over 3 nodes", () -> Members.balanced(nodes, PBXS));
        Poll.until(SETTLE, "every node reading the same assignment",
                () -> nodes.stream().map(m -> m.node().assignment()).distinct().count() == 1);
        Assignment before = nodes.get(0).node().assignment();
        Map<String, String> ownersBefore = Members.owners(nodes);

        InstanceSpec first = ensemble.servers().getInstances().iterator().next();
        assertTrue(ensemble.servers().killServer(first));

        // nodes connected to the dead server reconnect to another one within their session
        Poll.until(SETTLE, "every node holding its PBXs again", () -> Members.balanced(nodes, PBXS)
                && Members.owners(nodes).equals(ownersBefore));
        for (Member m : nodes) {
            Poll.until(SETTLE, m.node().nodeId() + " reading the assignment again",
                    () -> m.node().assignment().equals(before));
            m.listener().owned.forEach((pbx, epoch) -> assertEquals(before.owners().get(pbx).epoch(), epoch,
                    pbx + " kept its epoch: no owner changed"));
        }
    }

    @Test
    void aPbxTheListenerFailedToTakeIsGivenToItAgain() throws Exception {
        RecordingListener recorder = new RecordingListener();
        Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
        OwnershipListener databaseDownAtFirst = new OwnershipListener() {
            @Override
            public void gained(String pbxId, long epoch) {
                if (refusedOnce.add(pbxId)) {
                    throw new IllegalStateException("cannot claim " + pbxId + ": database unreachable");
                }
                recorder.gained(pbxId, epoch);
            }

            @Override
            public void lost(String pbxId) {
                recorder.lost(pbxId);
            }
        };
        Member a = members.join(ensemble.node("a"), Members.pbxs(2), databaseDownAtFirst, recorder);

        Poll.until(SETTLE, "both PBXs taken on a later try", () -> recorder.owned.size() == 2);
        assertEquals(Set.of("pbx-01", "pbx-02"), refusedOnce);
        assertEquals(recorder.owned, a.node().held());
    }
}
