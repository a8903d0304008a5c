package org.bluewhale.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bluewhale.cluster.Members.Member;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.core.testing.FaultProxy;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.SampleCalls;
import org.bluewhale.store.StoreConfig;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.fence.EpochFence;
import org.bluewhale.store.fence.HeldEpochs;
import org.bluewhale.store.fence.PbxOwnerTable;
import org.bluewhale.store.fence.StaleOwnershipException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ownership from a real ZooKeeper ensemble fencing a real PostgreSQL database: three nodes, each
 * with its own connection pool on one schema, as three servers would have.
 */
class ClusterFencingTest {

    private static final Set<String> PBXS = Members.pbxs(6);
    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final Instant MONDAY = Instant.parse("2025-03-10T08:00:00Z");
    private static final CdrQuery EVER = CdrQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));

    @TempDir
    Path dataDir;

    private final SampleCalls samples = new SampleCalls(5);
    private final List<Database> databases = new ArrayList<>();
    private Ensemble ensemble;
    private Members members;

    @BeforeEach
    void start() throws Exception {
        ensemble = new Ensemble();
        members = new Members();
    }

    @AfterEach
    void stop() throws Exception {
        members.close();
        ensemble.close();
        databases.forEach(Database::close);
    }

    /** A node's database: its batches pass the fence of what {@code held} says it owns. */
    private Database database(String nodeId, HeldEpochs held) {
        Databases postgres = Databases.POSTGRESQL;
        Database db = Database.open(StoreConfig.of(postgres.url(dataDir), postgres.user(), ""), new EpochFence(nodeId, held));
        databases.add(db);
        for (String pbx : PBXS) {
            db.cdrStore().registerPbx(new PbxDescriptor(pbx, "paris", "avaya-cm", SampleCalls.PARIS));
        }
        return db;
    }

    private record Node(Member member, Database db) {
    }

    private Node node(ClusterSettings settings) throws InterruptedException {
        AtomicReference<ClusterNode> self = new AtomicReference<>();
        Database db = database(settings.nodeId(), pbx -> self.get() == null ? OptionalLong.empty()
                : self.get().heldEpoch(pbx));
        RecordingListener recorder = new RecordingListener();
        Member member = members.join(settings, PBXS, new DatabaseClaims(db.pbxOwners(), settings.nodeId(), recorder),
                recorder);
        self.set(member.node());
        return new Node(member, db);
    }

    @Test
    void aDeposedOwnersBatchIsRejectedByTheDatabaseAndTheNewOwnerStoresTheRest() throws Exception {
        List<FaultProxy> network = new ArrayList<>();
        Node a = node(ensemble.node("a"));
        Node b = node(ensemble.node("b"));
        Node c = node(ensemble.proxiedNode("c", network));
        List<Member> all = List.of(a.member(), b.member(), c.member());
        Poll.until(SETTLE, "6 PBXs spread over 3 nodes", () -> Members.balanced(all, PBXS));
        Map.Entry<String, Long> taken = c.member().listener().owned.entrySet().iterator().next();
        String pbx = taken.getKey();
        long oldEpoch = taken.getValue();
        PbxOwnerTable owners = a.db().pbxOwners();
        assertEquals(new PbxOwnerTable.Owner("c", oldEpoch), owners.owner(pbx).orElseThrow(), "c claimed what it was given");
        c.db().cdrStore().write(batch(pbx, 1));

        network.forEach(FaultProxy::cut);
        Poll.until(SETTLE, pbx + " claimed in the database by a or b",
                () -> !owners.owner(pbx).orElseThrow().node().equals("c"));
        PbxOwnerTable.Owner newOwner = owners.owner(pbx).orElseThrow();
        Node successor = newOwner.node().equals("a") ? a : b;
        assertEquals(OptionalLong.of(newOwner.epoch()), successor.member().node().heldEpoch(pbx));

        // c knows it is cut off: its own fence refuses at once
        assertThrows(StaleOwnershipException.class, () -> c.db().cdrStore().write(batch(pbx, 6)));
        // a c that was paused (SIGSTOP) through all of this still believes it owns the PBX at its old epoch
        Database pausedC = database("c", id -> id.equals(pbx) ? OptionalLong.of(oldEpoch) : OptionalLong.empty());
        StaleOwnershipException stale = assertThrows(StaleOwnershipException.class,
                () -> pausedC.cdrStore().write(batch(pbx, 6)));
        assertEquals(Set.of(pbx), stale.pbxIds());

        successor.db().cdrStore().write(batch(pbx, 6));
        List<Long> sequences = a.db().cdrReader().find(EVER).stream().map(row -> row.sequence()).sorted().toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), sequences, "every record once, from both owners");
        assertNotEquals(oldEpoch, newOwner.epoch());
    }

    private StoreBatch batch(String pbx, long firstSequence) {
        return new StoreBatch(samples.calls(pbx, firstSequence, 5, MONDAY.plusSeconds(60 * firstSequence)), List.of(),
                firstSequence + 4);
    }
}
