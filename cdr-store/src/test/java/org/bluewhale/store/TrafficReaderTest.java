package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.summary.TrafficReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's reader gives every call of the period once, from the hourly and daily roll-ups
 * for whole past UTC days and call by call for the partial first day and the current one; the
 * trunk calls from their own start; a department's calls only when asked so.
 */
class TrafficReaderTest {

    private static final Instant FROM = Instant.parse("2026-02-28T16:00:00Z"); // 1 March in Shanghai
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant TRUNKS_FROM = Instant.parse("2026-03-09T16:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dataDir;

    private long sequence;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyCallOfThePeriodOnceFromTheRollUpsAndTheCallsAroundThem(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            Org org = Org.of(db);
            Department sales = org.sales();
            Department support = org.support();
            AppUser alice = org.alice();
            AppUser carol = org.carol();
            int pbx = db.cdrStore().registerPbxId(new PbxDescriptor("hq", "hq", "avaya-unformatted", SHANGHAI));
            int group = db.siteRepository().addTrunkGroup(db.siteRepository().addSite("hq", SHANGHAI).id(), "PSTN").id();
            db.siteRepository().addTrunk(pbx, "T7", group);
            db.cdrStore().write(new StoreBatch(List.of(
                    call("2001", "2026-02-28T15:00:00Z", 999, 999, "T1"), // before the period
                    call("2001", "2026-02-28T20:00:00Z", 100, 150, "T1"), // partial first day
                    call("3001", "2026-03-05T03:10:00Z", 200, 500, "T1"), // a whole past day
                    call("2001", "2026-03-09T17:00:00Z", 300, 300, "T7"), // a whole past day, after trunksFrom
                    call("3001", "2026-03-10T08:00:00Z", 400, 450, "T7"), // the current UTC day
                    call("2001", "2026-03-10T13:00:00Z", 999, 999, "T1")), // after now
                    List.of(), 6));

            Collected all = read(db, null);
            assertEquals(Map.of("2026-02-28T20:00:00Z", 100L, "2026-03-05T03:00:00Z", 200L,
                    "2026-03-09T17:00:00Z", 300L, "2026-03-10T08:00:00Z", 400L), all.costByStart,
                    "whole past days by hour, the others by the call's own start");
            assertEquals(4, all.calls);
            assertEquals(150 + 500 + 300 + 450, all.reference, "the reference cost of each call, or its cost when it has none");
            assertEquals(Map.of(alice.id(), 400L, carol.id(), 600L), all.costByPerson);
            assertEquals(List.of("hq T7 PSTN 2026-03-09T17:00:00Z", "hq T7 PSTN 2026-03-10T08:00:00Z"), all.trunkCalls);

            Collected onlySupport = read(db, Set.of(support.id()));
            assertEquals(Map.of("2026-03-05T03:00:00Z", 200L, "2026-03-10T08:00:00Z", 400L), onlySupport.costByStart);
            assertEquals(Map.of(carol.id(), 600L), onlySupport.costByPerson);
            assertEquals(List.of("hq T7 PSTN 2026-03-10T08:00:00Z"), onlySupport.trunkCalls);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void keptRollUpsGiveWayToALateCallAndNeverCrossDepartmentScopes(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            Org org = Org.of(db);
            Department sales = org.sales();
            Department support = org.support();
            AppUser alice = org.alice();
            AppUser carol = org.carol();
            db.cdrStore().registerPbxId(new PbxDescriptor("hq", "hq", "avaya-unformatted", SHANGHAI));
            db.cdrStore().write(new StoreBatch(List.of(call("2001", "2026-03-04T03:10:00Z", 100, 100, "T1"),
                    call("3001", "2026-03-05T03:10:00Z", 200, 200, "T1")), List.of(), 2));
            assertEquals(Map.of(alice.id(), 100L, carol.id(), 200L), read(db, null).costByPerson);
            assertEquals(Map.of(carol.id(), 200L), read(db, Set.of(support.id())).costByPerson,
                    "the kept rows of every department are scoped per request");
            assertEquals(Map.of(alice.id(), 100L), read(db, Set.of(sales.id())).costByPerson);

            db.cdrStore().write(new StoreBatch(List.of(call("3001", "2026-03-05T05:00:00Z", 50, 50, "T1")), List.of(), 1));
            Collected late = read(db, null);
            assertEquals(Map.of(alice.id(), 100L, carol.id(), 250L), late.costByPerson, "a late call of a kept day shows");
            assertEquals(Map.of("2026-03-04T03:00:00Z", 100L, "2026-03-05T03:00:00Z", 200L, "2026-03-05T05:00:00Z", 50L),
                    late.costByStart);
            assertEquals(Map.of(carol.id(), 250L), read(db, Set.of(support.id())).costByPerson);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void keptRowsReadAsAFreshReaderOverRandomCallsAndLateOnes(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            Department sales = db.orgRepository().addDepartment("Sales", null);
            Department support = db.orgRepository().addDepartment("Support", sales.id());
            db.orgRepository().assignExtension("2001", db.orgRepository().addUser("Alice", sales.id()).id(), Instant.EPOCH);
            db.orgRepository().assignExtension("3001", db.orgRepository().addUser("Carol", support.id()).id(), Instant.EPOCH);
            db.cdrStore().registerPbxId(new PbxDescriptor("hq", "hq", "avaya-unformatted", SHANGHAI));
            Random random = new Random(7);
            for (int round = 0; round < 3; round++) {
                List<RatedCall> calls = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Instant start = FROM.plusSeconds(random.nextInt((int) (NOW.getEpochSecond() - FROM.getEpochSecond())));
                    calls.add(call(random.nextBoolean() ? "2001" : random.nextBoolean() ? "3001" : "4001",
                            start.toString(), random.nextInt(1_000), random.nextInt(1_000), "T1"));
                }
                db.cdrStore().write(new StoreBatch(calls, List.of(), calls.size()));
                for (Set<Integer> scope : Arrays.asList(null, Set.of(support.id()), Set.of(sales.id()))) {
                    Collected kept = read(db, scope);
                    Collected again = read(db, scope);
                    Collected fresh = new Collected();
                    db.freshTrafficReader().read(FROM, TRUNKS_FROM, NOW, scope, fresh);
                    for (Collected c : List.of(kept, again)) {
                        assertEquals(fresh.costByStart, c.costByStart, "round " + round + " scope " + scope);
                        assertEquals(fresh.costByPerson, c.costByPerson);
                        assertEquals(fresh.calls, c.calls);
                        assertEquals(fresh.reference, c.reference);
                        assertEquals(fresh.trunkCalls, c.trunkCalls);
                    }
                }
            }
        }
    }

    private static Collected read(Database db, Set<Integer> departments) {
        Collected collected = new Collected();
        db.trafficReader().read(FROM, TRUNKS_FROM, NOW, departments, collected);
        return collected;
    }

    private RatedCall call(String calling, String start, long cost, long reference, String trunk) {
        sequence++;
        CallLeg leg = CallLeg.builder("hq", sequence, sequence, SHANGHAI).start(Instant.parse(start)).durationSeconds(60)
                .callingNumber(calling).dialedNumber("013900000000").direction(Direction.OUTGOING).trunkOut(trunk).build();
        Currency cny = Currency.getInstance("CNY");
        return new RatedCall(leg, CallClass.MOBILE, 60, new Money(cost, cny), "CN-MOBILE", new Money(reference, cny));
    }

    private static final class Collected implements TrafficReader.Sink {
        final Map<String, Long> costByStart = new TreeMap<>();
        final Map<Integer, Long> costByPerson = new TreeMap<>();
        final List<String> trunkCalls = new ArrayList<>();
        long calls;
        long reference;

        @Override
        public void group(Instant start, int departmentId, CallClass callClass, TrafficReader.Tariff tariff, long calls,
                          long billedSeconds, long costMinor, long referenceMinor) {
            costByStart.merge(start.toString(), costMinor, Long::sum);
            this.calls += calls;
            reference += referenceMinor;
        }

        @Override
        public void person(int userId, TrafficReader.Tariff tariff, long calls, long billedSeconds, long costMinor,
                           long referenceMinor) {
            costByPerson.merge(userId, costMinor, Long::sum);
        }

        @Override
        public void trunkCall(String pbx, String trunk, String group, Instant start, int durationSeconds,
                              long billedSeconds) {
            trunkCalls.add(pbx + " " + trunk + " " + group + " " + start);
        }
    }

    /** Alice (extension 2001) in Sales and Carol (3001) in Support, side by side. */
    private record Org(Department sales, Department support, AppUser alice, AppUser carol) {
        static Org of(Database db) {
            Department sales = db.orgRepository().addDepartment("Sales", null);
            Department support = db.orgRepository().addDepartment("Support", null);
            AppUser alice = db.orgRepository().addUser("Alice", sales.id());
            AppUser carol = db.orgRepository().addUser("Carol", support.id());
            db.orgRepository().assignExtension("2001", alice.id(), Instant.EPOCH);
            db.orgRepository().assignExtension("3001", carol.id(), Instant.EPOCH);
            return new Org(sales, support, alice, carol);
        }
    }
}
