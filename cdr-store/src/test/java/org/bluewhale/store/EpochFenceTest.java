package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.fence.EpochFence;
import org.bluewhale.store.fence.PbxOwnerTable;
import org.bluewhale.store.fence.StaleOwnershipException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fencing of a clustered node's batches by the ownership epoch, against each real database. */
class EpochFenceTest {

    private static final Instant MONDAY = Instant.parse("2025-03-10T08:00:00Z");
    private static final CdrQuery EVER = CdrQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));

    @TempDir
    Path dataDir;

    private final SampleCalls samples = new SampleCalls(11);
    private final Map<String, Long> held = new ConcurrentHashMap<>();

    private OptionalLong heldEpoch(String pbx) {
        Long epoch = held.get(pbx);
        return epoch == null ? OptionalLong.empty() : OptionalLong.of(epoch);
    }

    private Database open(Databases kind) {
        dataDir.resolve("db").toFile().mkdirs();
        StoreConfig config = StoreConfig.of(kind.url(dataDir), kind.user(), "");
        return Database.open(config, new EpochFence("node-a", this::heldEpoch));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theOwnersBatchIsStoredAndAStaleEpochsBatchRollsBackWhole(Databases kind) {
        try (Database db = open(kind)) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx-1", "paris", "avaya-cm", SampleCalls.PARIS));
            PbxOwnerTable owners = db.pbxOwners();
            assertTrue(owners.claim("pbx-1", "node-a", 3));
            held.put("pbx-1", 3L);

            db.cdrStore().write(new StoreBatch(samples.calls("pbx-1", 1, 5, MONDAY), List.of(), 5));
            assertEquals(5, db.cdrReader().find(EVER).size());

            assertTrue(owners.claim("pbx-1", "node-b", 4)); // node-b took over; node-a does not know yet
            StaleOwnershipException stale = assertThrows(StaleOwnershipException.class, () -> db.cdrStore().write(
                    new StoreBatch(samples.calls("pbx-1", 6, 5, MONDAY.plusSeconds(600)), List.of(), 10)));

            assertEquals(Set.of("pbx-1"), stale.pbxIds());
            assertEquals(5, db.cdrReader().find(EVER).size(), "nothing of the stale batch is stored");
            assertEquals(5, db.cdrStore().committedPosition(), "nor its journal position");
            assertEquals(new PbxOwnerTable.Owner("node-b", 4), owners.owner("pbx-1").orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Databases.class, names = {"H2", "POSTGRESQL"})
    void aBatchWithOnePbxNotOwnedIsRejectedForThatPbxAndStoredWithoutIt(Databases kind) {
        try (Database db = open(kind)) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx-1", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().registerPbx(new PbxDescriptor("pbx-2", "paris", "avaya-cm", SampleCalls.PARIS));
            assertTrue(db.pbxOwners().claim("pbx-1", "node-a", 1));
            held.put("pbx-1", 1L);

            List<RatedCall> both = new ArrayList<>(samples.calls("pbx-1", 1, 3, MONDAY));
            both.addAll(samples.calls("pbx-2", 1, 3, MONDAY));
            StoreBatch batch = new StoreBatch(both, List.of(), 6);
            StaleOwnershipException stale = assertThrows(StaleOwnershipException.class, () -> db.cdrStore().write(batch));

            assertEquals(Set.of("pbx-2"), stale.pbxIds(), "pbx-2 was never given to node-a");
            assertEquals(0, db.cdrReader().find(EVER).size());
            db.cdrStore().write(batch.without(stale.pbxIds())); // what the store stage does next
            assertEquals(Set.of("pbx-1"), db.cdrReader().find(EVER).stream().map(row -> row.pbx()).collect(Collectors.toSet()));
            assertEquals(3, db.cdrReader().find(EVER).size());
            assertEquals(6, db.cdrStore().committedPosition());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void epochsOnlyGrow(Databases kind) {
        try (Database db = open(kind)) {
            PbxOwnerTable owners = db.pbxOwners();
            assertTrue(owners.claim("pbx-1", "node-a", 7));
            assertTrue(owners.claim("pbx-1", "node-a", 7), "claiming again what it holds is harmless (a restart)");
            assertFalse(owners.claim("pbx-1", "node-b", 6), "an older assignment cannot take the PBX back");
            assertFalse(owners.claim("pbx-1", "node-b", 7), "nor can the same epoch for another node");
            assertEquals(new PbxOwnerTable.Owner("node-a", 7), owners.owner("pbx-1").orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Databases.class, names = {"H2"})
    void aSingleServerChecksNothing(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx-1", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(samples.calls("pbx-1", 1, 2, MONDAY), List.of(), 2));
            assertEquals(2, db.cdrReader().find(EVER).size(), "no pbx_owner row is needed without a cluster");
        }
    }

    /** The race fencing exists for: the old owner's batch is in flight while the new owner claims. */
    @ParameterizedTest
    @EnumSource(value = Databases.class, names = {"POSTGRESQL"})
    void aClaimWaitsForTheOldOwnersBatchInFlightAndTheNextBatchIsRejected(Databases kind) throws Exception {
        try (Database db = open(kind)) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx-1", "paris", "avaya-cm", SampleCalls.PARIS));
            assertTrue(db.pbxOwners().claim("pbx-1", "node-a", 1));
            held.put("pbx-1", 1L);
            EpochFence fence = new EpochFence("node-a", this::heldEpoch);
            StoreBatch batch = new StoreBatch(samples.calls("pbx-1", 1, 2, MONDAY), List.of(), 2);

            CompletableFuture<Boolean> claim;
            try (Connection inFlight = db.dataSource().getConnection()) {
                inFlight.setAutoCommit(false);
                fence.check(inFlight, batch); // node-a's batch passed its check and has not committed yet
                claim = CompletableFuture.supplyAsync(() -> db.pbxOwners().claim("pbx-1", "node-b", 2));
                Poll.until("node-b's claim waiting for node-a's row lock", () -> waitingOnALock(db));
                assertFalse(claim.isDone());
                inFlight.commit();
            }
            assertTrue(claim.get(10, TimeUnit.SECONDS), "the claim goes through once the batch committed");
            assertThrows(StaleOwnershipException.class, () -> db.cdrStore().write(batch));
        }
    }

    private static boolean waitingOnALock(Database db) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                     + "AND query LIKE 'UPDATE pbx_owner SET node%'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
