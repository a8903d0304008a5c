package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrKey;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.PbxRegistry;
import org.bluewhale.store.cdr.StoredCdr;
import org.bluewhale.store.cdr.StoredQuarantine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CDR store against real H2 and SQLite files. */
class CdrStoreTest {

    private static final PbxDescriptor PARIS_PBX = new PbxDescriptor("avaya-paris", "paris", "avaya-cm", SampleCalls.PARIS);
    private static final PbxDescriptor TOKYO_PBX = new PbxDescriptor("cisco-tokyo", "tokyo", "cisco-cdr",
            ZoneId.of("Asia/Tokyo"));
    private static final Instant MONDAY = Instant.parse("2025-03-10T08:00:00Z");
    private static final Instant EVER_FROM = Instant.EPOCH;
    private static final Instant EVER_TO = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path dataDir;

    private final SampleCalls samples = new SampleCalls(7);

    @ParameterizedTest
    @EnumSource(Databases.class)
    void readsBackEveryColumnExactly(Databases kind) {
        CallLeg leg = new CallLeg("avaya-paris", 123_456_789_012L, 987_654_321L, Instant.parse("2025-03-30T00:59:59.123Z"),
                SampleCalls.PARIS, 3_725, 17, "2001", "+33 1 23 45 67 89", Direction.OUTGOING, "C7",
                "Projet Été ✈", "0042", "T-Nord 1", "T-Süd 2", "globalCallID-⚡-00001",
                "", "", "", "", "").withAttribution(new Attribution("avaya-paris:#123456789000", "2001 ✆", true));
        RatedCall call = new RatedCall(leg, CallClass.INTERNATIONAL, 3_780, new Money(9_223_372_036_854L,
                Currency.getInstance("JPY")), "Carrier Ω / Intl band 3");
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(PARIS_PBX);
            db.cdrStore().write(new StoreBatch(List.of(call), List.of(), 987_654_321L));

            List<StoredCdr> rows = db.cdrReader().find(CdrQuery.between(EVER_FROM, EVER_TO));
            assertEquals(1, rows.size());
            assertSameCall(call, rows.get(0));
            assertEquals(987_654_321L, db.cdrStore().committedPosition());
        }
    }

    static void assertSameCall(RatedCall expected, StoredCdr actual) {
        CallLeg leg = expected.leg();
        assertEquals(leg.pbxId(), actual.pbx());
        assertEquals(leg.sequence(), actual.sequence());
        assertEquals(leg.sequence(), CdrKey.sequence(actual.key()));
        assertEquals(leg.position(), actual.journalPosition());
        assertEquals(leg.start(), actual.start());
        assertEquals(leg.zone(), actual.zone());
        assertEquals(leg.durationSeconds(), actual.durationSeconds());
        assertEquals(leg.ringSeconds(), actual.ringSeconds());
        assertEquals(leg.callingNumber(), actual.callingNumber());
        assertEquals(leg.dialedNumber(), actual.dialedNumber());
        assertEquals(leg.direction(), actual.direction());
        assertEquals(leg.conditionCode(), actual.conditionCode());
        assertEquals(leg.accountCode(), actual.accountCode());
        assertEquals(leg.authCode(), actual.authCode());
        assertEquals(leg.trunkIn(), actual.trunkIn());
        assertEquals(leg.trunkOut(), actual.trunkOut());
        assertEquals(leg.correlationId(), actual.correlationId());
        assertEquals(expected.callClass(), actual.callClass());
        assertEquals(expected.billedSeconds(), actual.billedSeconds());
        assertEquals(expected.cost(), actual.cost());
        assertEquals(expected.tariff(), actual.tariff());
        assertEquals(leg.attribution().callId(), actual.callId());
        assertEquals(leg.attribution().chargedTo(), actual.chargedTo());
        assertEquals(leg.attribution().releasedAlone(), actual.releasedAlone());
        assertEquals(expected.referenceCost(), actual.referenceCost());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void failedBatchLeavesNeitherRowsNorPosition(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(PARIS_PBX);
            db.cdrStore().write(new StoreBatch(samples.calls("avaya-paris", 1, 10, MONDAY), List.of(), 10));

            // The calls insert fine; the quarantined record without a reason violates NOT NULL afterwards.
            RawRecord raw = new RawRecord(21, "avaya-paris", 21, MONDAY, new byte[] {1, 2}, false);
            StoreBatch broken = new StoreBatch(samples.calls("avaya-paris", 11, 10, MONDAY),
                    List.of(new Quarantined(raw, null)), 21);
            StoreException failure = assertThrows(StoreException.class, () -> db.cdrStore().write(broken));

            assertTrue(failure.getMessage().contains("up to journal position 21"), failure.getMessage());
            assertEquals(10, db.cdrReader().cdrCount());
            assertEquals(0, db.cdrReader().quarantineCount());
            assertEquals(10, db.cdrStore().committedPosition());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void replayStoresNothingTwiceAndKeepsTheNewRowsOfAMixedBatch(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(PARIS_PBX);
            List<RatedCall> first = samples.calls("avaya-paris", 1, 100, MONDAY);
            List<Quarantined> firstBad = List.of(SampleCalls.garbled("avaya-paris", 101, 101, MONDAY));
            db.cdrStore().write(new StoreBatch(first, firstBad, 101));

            // Records 51..101 again (as after a crash), then 102..150 for the first time.
            List<RatedCall> mixed = new ArrayList<>(first.subList(50, 100));
            mixed.addAll(samples.calls("avaya-paris", 102, 49, MONDAY.plusSeconds(3600)));
            List<Quarantined> mixedBad = List.of(firstBad.get(0), SampleCalls.garbled("avaya-paris", 151, 151, MONDAY));
            db.cdrStore().write(new StoreBatch(mixed, mixedBad, 151));

            assertEquals(149, db.cdrReader().cdrCount());
            assertEquals(2, db.cdrReader().quarantineCount());
            assertEquals(151, db.cdrStore().committedPosition());
            List<StoredCdr> all = db.cdrReader().find(CdrQuery.between(EVER_FROM, EVER_TO).page(1000, 0));
            Set<Long> sequences = all.stream().map(StoredCdr::sequence).collect(Collectors.toSet());
            assertEquals(149, sequences.size());

            // A whole old batch replayed: nothing inserted, the position does not move back.
            db.cdrStore().write(new StoreBatch(first, firstBad, 101));
            assertEquals(149, db.cdrReader().cdrCount());
            assertEquals(151, db.cdrStore().committedPosition());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aRecordTwiceInOneBatchIsStoredOnce(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(PARIS_PBX);
            List<RatedCall> calls = new ArrayList<>(samples.calls("avaya-paris", 1, 30, MONDAY));
            calls.add(calls.get(3));
            db.cdrStore().write(new StoreBatch(calls, List.of(), 31));
            assertEquals(30, db.cdrReader().cdrCount());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void quarantineKeepsRawBytesAndTruncation(Databases kind) {
        byte[] binary = {0x00, (byte) 0xff, 0x1b, '\r', 'A', (byte) 0x80};
        Instant received = Instant.parse("2025-03-10T08:15:30.250Z");
        Quarantined truncated = new Quarantined(new RawRecord(8, "cisco-tokyo", 4, received, binary, true),
                "record longer than 4096 bytes: head kept");
        Quarantined garbled = SampleCalls.garbled("avaya-paris", 5, 9, received);
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(PARIS_PBX);
            db.cdrStore().registerPbx(TOKYO_PBX);
            db.cdrStore().write(new StoreBatch(List.of(), List.of(truncated, garbled), 9));

            List<StoredQuarantine> rows = db.cdrReader().quarantine(10, 0);
            assertEquals(2, rows.size());
            StoredQuarantine newest = rows.get(0);
            assertEquals("avaya-paris", newest.pbx());
            assertEquals(garbled.reason(), newest.reason());
            assertArrayEquals(garbled.raw().bytes(), newest.raw());
            assertEquals(false, newest.truncated());
            StoredQuarantine oldest = rows.get(1);
            assertEquals("cisco-tokyo", oldest.pbx());
            assertEquals(4, oldest.sequence());
            assertEquals(8, oldest.journalPosition());
            assertEquals(received, oldest.receivedAt());
            assertArrayEquals(binary, oldest.raw());
            assertEquals(true, oldest.truncated());
            assertEquals(List.of(oldest.key()), db.cdrReader().quarantine(1, 1).stream().map(StoredQuarantine::key).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void registerPbxIsIdempotentAndUpdates(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            int paris = db.cdrStore().registerPbxId(PARIS_PBX);
            int tokyo = db.cdrStore().registerPbxId(TOKYO_PBX);
            assertTrue(paris != tokyo);
            PbxDescriptor moved = new PbxDescriptor("avaya-paris", "lyon", "avaya-cm-v2", ZoneId.of("Europe/Berlin"));
            assertEquals(paris, db.cdrStore().registerPbxId(moved));
            assertEquals(paris, db.cdrStore().registerPbxId(moved));
        }
        try (Database db = kind.open(dataDir)) {
            int again = db.cdrStore().registerPbxId(TOKYO_PBX);
            int third = db.cdrStore().registerPbxId(new PbxDescriptor("mitel-oslo", "oslo", "mitel-smdr",
                    ZoneId.of("Europe/Oslo")));
            assertEquals(2, Set.of(again, third).size());
            assertTrue(third > again, "ids are never reused");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void unregisteredPbxIsAClearError(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            StoreBatch batch = new StoreBatch(samples.calls("nowhere", 1, 1, MONDAY), List.of(), 1);
            StoreException e = assertThrows(StoreException.class, () -> db.cdrStore().write(batch));
            assertTrue(e.getMessage().contains("'nowhere' is not registered"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void recordsOfAPbxTheDatabaseNeverSawAreQuarantinedUnderIt(Databases kind) {
        // e.g. a journal read again into a fresh main database after that PBX left the configuration
        Quarantined stray = SampleCalls.garbled("retired-pbx", 3, 12, MONDAY);
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().write(new StoreBatch(List.of(), List.of(stray), 12));
            assertEquals(12, db.cdrStore().committedPosition());
            StoredQuarantine row = db.cdrReader().quarantine(10, 0).get(0);
            assertEquals("retired-pbx", row.pbx());
            assertEquals(3, row.sequence());
            assertEquals(stray.reason(), row.reason());
        }
        try (Database db = kind.open(dataDir)) {
            assertEquals(List.of(new PbxDescriptor("retired-pbx", "", PbxRegistry.UNCONFIGURED, ZoneOffset.UTC)),
                    db.pbxRegistry().all());
            db.cdrStore().write(new StoreBatch(List.of(), List.of(stray), 12));
            assertEquals(1, db.cdrReader().quarantineCount(), "the same record again is not stored twice");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everythingSurvivesARestart(Databases kind) {
        List<RatedCall> calls = samples.calls("avaya-paris", 1, 250, MONDAY);
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(PARIS_PBX);
            db.cdrStore().write(new StoreBatch(calls.subList(0, 200), List.of(), 200));
            db.cdrStore().write(new StoreBatch(calls.subList(200, 250),
                    List.of(SampleCalls.garbled("avaya-paris", 251, 251, MONDAY)), 251));
        }
        try (Database db = kind.open(dataDir)) {
            assertEquals(251, db.cdrStore().committedPosition());
            assertEquals(1, db.cdrReader().quarantineCount());
            List<StoredCdr> rows = db.cdrReader().find(CdrQuery.between(EVER_FROM, EVER_TO).page(1000, 0));
            assertEquals(250, rows.size());
            for (int i = 0; i < calls.size(); i++) {
                assertSameCall(calls.get(i), rows.get(i)); // sample starts increase with the sequence
            }
            // Writing resumes after a restart with the PBX id known from the table.
            db.cdrStore().registerPbx(PARIS_PBX);
            db.cdrStore().write(new StoreBatch(samples.calls("avaya-paris", 252, 5, MONDAY), List.of(), 256));
            assertEquals(255, db.cdrReader().cdrCount());
        }
    }
}
