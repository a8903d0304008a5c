package org.bluewhale.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bluewhale.cluster.Members.Member;
import org.bluewhale.core.cluster.ChangeReason;
import org.bluewhale.core.cluster.ClusterSnapshot;
import org.bluewhale.core.cluster.ClusterSnapshot.PbxOwnership;
import org.bluewhale.core.cluster.OwnershipChange;
import org.bluewhale.core.testing.FaultProxy;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator's view of the cluster over a real three-server ZooKeeper ensemble. */
class ClusterStatusTest {

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

    private Member join(ClusterSettings settings, ClusterNodeStatus status) throws InterruptedException {
        RecordingListener listener = new RecordingListener();
        Member member = new Member(ClusterNode.join(settings, PBXS, listener, status), listener);
        members.add(member);
        return member;
    }

    @Test
    void theStatusShowsMembersLeaderOwnersAndAFailoverWhenANodeLeaves() throws Exception {
        List<FaultProxy> network = new ArrayList<>();
        ClusterNodeStatus aStatus = new ClusterNodeStatus(ensemble.node("a"));
        ClusterNodeStatus cStatus = new ClusterNodeStatus(ensemble.node("c"));
        Member a = join(ensemble.node("a"), aStatus);
        Member b = join(ensemble.node("b"), new ClusterNodeStatus(ensemble.node("b")));
        Member c = join(ensemble.proxiedNode("c", network), cStatus);
        List<Member> all = List.of(a, b, c);
        Poll.until(SETTLE, "10 PBXs spread over 3 nodes", () -> Members.balanced(all, PBXS));
        Poll.until(SETTLE, "a's status showing the balanced assignment",
                () -> owners(aStatus.snapshot()).equals(Members.owners(all)));

        ClusterSnapshot before = aStatus.snapshot();
        assertEquals("a", before.nodeId());
        assertEquals("room-1", before.group());
        assertTrue(before.clustered() && before.connected());
        assertEquals(List.of("a", "b", "c"), before.members());
        assertEquals(Set.of("a", "b", "c"), a.node().view().members(), "the node's own view agrees");
        Member leader = all.stream().filter(m -> m.node().isLeader()).findFirst().orElseThrow();
        assertEquals(leader.node().nodeId(), before.leader());
        assertEquals(leader == a, before.leads());
        for (PbxOwnership owner : before.owners()) {
            Member owning = all.stream().filter(m -> m.node().nodeId().equals(owner.node())).findFirst().orElseThrow();
            assertEquals(owning.listener().owned.get(owner.pbx()), owner.epoch(), owner.pbx() + "'s epoch");
        }
        assertEquals(a.listener().owned.size(), before.ownedHere());
        assertTrue(before.recentChanges().stream().anyMatch(ch -> ch.reason() == ChangeReason.NODE_JOINED
                && "c".equals(ch.to())), "c took its share when it joined: " + before.recentChanges());
        long failoversBefore = before.changeCounts().get(ChangeReason.NODE_LEFT);
        Map<String, Long> cHeld = new TreeMap<>(c.listener().owned);

        Instant cut = Instant.now();
        network.forEach(FaultProxy::cut);
        Poll.until(SETTLE, "c's PBXs owned by a and b", () -> Members.balanced(List.of(a, b), PBXS));
        Poll.until(SETTLE, "a's status without c", () -> aStatus.snapshot().members().equals(List.of("a", "b"))
                && owners(aStatus.snapshot()).equals(Members.owners(List.of(a, b))));

        ClusterSnapshot after = aStatus.snapshot();
        Map<String, OwnershipChange> failovers = after.recentChanges().stream()
                .filter(ch -> ch.reason() == ChangeReason.NODE_LEFT)
                .collect(Collectors.toMap(OwnershipChange::pbx, ch -> ch));
        assertEquals(cHeld.keySet(), failovers.keySet(), "each of c's PBXs failed over once: " + after.recentChanges());
        failovers.forEach((pbx, change) -> {
            assertEquals("c", change.from());
            assertTrue(Set.of("a", "b").contains(change.to()), change.toString());
            assertTrue(change.epoch() > cHeld.get(pbx), pbx + " got a higher epoch");
            Member now = change.to().equals("a") ? a : b;
            assertEquals(now.listener().owned.get(pbx), change.epoch(), "the epoch its new owner holds");
            assertNotNull(change.at());
            assertFalse(change.at().isBefore(cut.minusSeconds(1)), "published after the cut: " + change.at());
        });
        assertEquals(failoversBefore + cHeld.size(), after.changeCounts().get(ChangeReason.NODE_LEFT));
        assertEquals(after.recentChanges().get(0).at(), after.recentChanges().stream().map(OwnershipChange::at)
                .max(Instant::compareTo).orElseThrow(), "newest first");

        ClusterSnapshot cutOff = cStatus.snapshot();
        assertFalse(cutOff.connected(), "c says it lost ZooKeeper");
        assertEquals(0, cutOff.ownedHere());
        assertFalse(cutOff.leads());
    }

    @Test
    void theListOfRecentChangesIsBoundedButTheCountIsNot() throws Exception {
        ClusterNodeStatus aStatus = new ClusterNodeStatus(ensemble.node("a"), 3);
        Member a = join(ensemble.node("a"), aStatus);
        Poll.until(SETTLE, "a owning every PBX", () -> a.listener().owned.size() == PBXS.size());
        Member b = join(ensemble.node("b"), new ClusterNodeStatus(ensemble.node("b")));
        Poll.until(SETTLE, "5 PBXs moved to b and seen by a", () -> Members.balanced(List.of(a, b), PBXS)
                && aStatus.snapshot().changeCounts().get(ChangeReason.NODE_JOINED) == 5);

        ClusterSnapshot snapshot = aStatus.snapshot();
        assertEquals(3, snapshot.recentChanges().size());
        assertTrue(snapshot.recentChanges().stream().allMatch(ch -> "b".equals(ch.to())), snapshot.toString());
    }

    /** PBX to its owner, as the status lists them. */
    private static Map<String, String> owners(ClusterSnapshot snapshot) {
        Map<String, String> owners = new TreeMap<>();
        snapshot.owners().forEach(o -> owners.put(o.pbx(), o.node()));
        return owners;
    }
}
