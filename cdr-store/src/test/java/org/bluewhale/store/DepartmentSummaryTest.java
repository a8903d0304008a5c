package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.store.summary.CostLine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Calls are charged, when stored, to whoever held the extension (or typed the code) at the time,
 * and the department cost summary adds them up per department path and person.
 */
class DepartmentSummaryTest {

    private static final Instant JANUARY = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant DAY_IN_FEBRUARY = Instant.parse("2025-02-10T09:00:00Z");
    private static final Instant DAY_IN_MARCH = Instant.parse("2025-03-10T09:00:00Z");
    private static final String PBX = "paris-1";

    @TempDir
    Path dataDir;

    private long sequence;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void callsAreChargedToWhoeverHeldTheExtensionOrCode(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            Department sales = org.addDepartment("Sales", null);
            Department export = org.addDepartment("Export", sales.id());
            Department finance = org.addDepartment("Finance", null);
            AppUser alice = org.addUser("Alice", export.id());
            AppUser bob = org.addUser("Bob", finance.id());
            org.assignExtension("2001", alice.id(), JANUARY);
            org.assignExtension("2001", bob.id(), MARCH);
            org.assignAuthCode("9876", alice.id(), JANUARY);
            org.assignAccountCode("P-17", finance.id(), JANUARY, "Project 17");
            db.cdrStore().registerPbx(new PbxDescriptor(PBX, "paris", "avaya-unformatted", ZoneId.of("Europe/Paris")));

            db.cdrStore().write(new StoreBatch(List.of(
                    call("2001", "0601020304", Direction.OUTGOING, DAY_IN_FEBRUARY, 60, 100, CallClass.MOBILE, "", ""),
                    call("2001", "0140000000", Direction.OUTGOING, DAY_IN_MARCH, 120, 50, CallClass.NATIONAL, "", ""),
                    // Bob's phone, Alice's authorisation code: Alice pays
                    call("2001", "0033123", Direction.OUTGOING, DAY_IN_MARCH, 30, 700, CallClass.INTERNATIONAL, "", "9876"),
                    // an incoming call is charged to the called extension
                    call("0140000000", "2001", Direction.INCOMING, DAY_IN_MARCH, 10, 0, CallClass.INBOUND, "", ""),
                    // Alice's call on project P-17: Finance pays, Alice made it
                    call("2001", "0140000001", Direction.OUTGOING, DAY_IN_FEBRUARY, 40, 20, CallClass.NATIONAL, "P-17", ""),
                    // an extension nobody holds
                    call("2999", "0140000002", Direction.OUTGOING, DAY_IN_MARCH, 5, 3, CallClass.NATIONAL, "", "")),
                    List.of(), 6));

            List<CostLine> lines = db.departmentSummary().between(JANUARY, Instant.parse("2025-04-01T00:00:00Z"));
            assertEquals(List.of(
                    line(List.of(), "", 1, 5, 3, Map.of(CallClass.NATIONAL, 3L)),
                    line(List.of("Finance"), "Alice", 1, 40, 20, Map.of(CallClass.NATIONAL, 20L)),
                    line(List.of("Finance"), "Bob", 2, 130, 50, Map.of(CallClass.NATIONAL, 50L, CallClass.INBOUND, 0L)),
                    line(List.of("Sales", "Export"), "Alice", 2, 90, 800,
                            Map.of(CallClass.MOBILE, 100L, CallClass.INTERNATIONAL, 700L))), lines);

            // The period bounds the calls counted: February only
            assertEquals(List.of(20L, 100L), db.departmentSummary().between(JANUARY, MARCH).stream()
                    .map(l -> l.cost().minorUnits()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aHandoverFoundOutLaterIsAppliedToStoredCalls(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            Department sales = org.addDepartment("Sales", null);
            AppUser alice = org.addUser("Alice", sales.id());
            AppUser bob = org.addUser("Bob", sales.id());
            org.assignExtension("2001", alice.id(), JANUARY);
            db.cdrStore().registerPbx(new PbxDescriptor(PBX, "paris", "avaya-unformatted", ZoneId.of("Europe/Paris")));
            db.cdrStore().write(new StoreBatch(List.of(
                    call("2001", "0601", Direction.OUTGOING, DAY_IN_FEBRUARY, 60, 100, CallClass.MOBILE, "", ""),
                    call("2001", "0602", Direction.OUTGOING, DAY_IN_MARCH, 60, 200, CallClass.MOBILE, "", "")),
                    List.of(), 2));

            org.assignExtension("2001", bob.id(), MARCH); // Bob had the phone since March after all
            assertEquals(1, db.chargeAllocator().reallocateFrom(MARCH));
            assertEquals(0, db.chargeAllocator().reallocateFrom(MARCH), "idempotent");

            assertEquals(Map.of("Alice", 100L, "Bob", 200L), db.departmentSummary().between(JANUARY, Instant.parse("2026-01-01T00:00:00Z"))
                    .stream().collect(java.util.stream.Collectors.toMap(CostLine::user, l -> l.cost().minorUnits())));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aSegmentCorrelationChargedToAnotherExtensionIsChargedToItsHolder(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            Department sales = org.addDepartment("Sales", null);
            org.assignExtension("2001", org.addUser("Alice", sales.id()).id(), JANUARY);
            org.assignExtension("2002", org.addUser("Bob", sales.id()).id(), JANUARY);
            db.cdrStore().registerPbx(new PbxDescriptor(PBX, "paris", "avaya-unformatted", ZoneId.of("Europe/Paris")));
            RatedCall before = call("2001", "0601", Direction.OUTGOING, DAY_IN_MARCH, 60, 100, CallClass.MOBILE, "", "");
            // the rest of Alice's outside call after she transferred it to Bob: billed outgoing, Bob pays
            RatedCall after = call("0601", "0601", Direction.OUTGOING, DAY_IN_MARCH.plusSeconds(60), 300, 400,
                    CallClass.MOBILE, "", "");
            RatedCall transferred = new RatedCall(after.leg().withAttribution(
                    new Attribution(PBX + ":1", "2002", false)), after.callClass(), after.billedSeconds(), after.cost(),
                    after.tariff());
            db.cdrStore().write(new StoreBatch(List.of(before, transferred), List.of(), 2));

            Map<String, Long> byUser = Map.of("Alice", 100L, "Bob", 400L);
            assertEquals(byUser, costsByUser(db));
            assertEquals(0, db.chargeAllocator().reallocateFrom(JANUARY), "reallocation reads charged_to too");
            assertEquals(byUser, costsByUser(db));
        }
    }

    private static Map<String, Long> costsByUser(Database db) {
        return db.departmentSummary().between(JANUARY, Instant.parse("2026-01-01T00:00:00Z")).stream()
                .collect(java.util.stream.Collectors.toMap(CostLine::user, l -> l.cost().minorUnits()));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aLateCallOfARolledUpDayIsCountedAndPartialDaysAreExact(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            aliceInSalesOn2001(db);
            db.cdrStore().write(new StoreBatch(List.of(
                    call("2001", "0601", Direction.OUTGOING, DAY_IN_FEBRUARY, 60, 100, CallClass.MOBILE, "", "")),
                    List.of(), 1));
            Instant monthEnd = Instant.parse("2025-03-01T00:00:00Z");
            assertEquals(List.of(100L), costs(db, JANUARY, monthEnd)); // rolls February up

            // a PBX's buffer emptied late: another call of that rolled-up day
            db.cdrStore().write(new StoreBatch(List.of(
                    call("2001", "0602", Direction.OUTGOING, DAY_IN_FEBRUARY.plusSeconds(60), 60, 20, CallClass.MOBILE,
                            "", "")), List.of(), 2));
            assertEquals(List.of(120L), costs(db, JANUARY, monthEnd));
            // periods that start or end inside a day count the calls of that day's part only
            assertEquals(List.of(20L), costs(db, DAY_IN_FEBRUARY.plusSeconds(1), monthEnd));
            assertEquals(List.of(100L), costs(db, JANUARY, DAY_IN_FEBRUARY.plusSeconds(1)));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void savingsAreTheReferenceCostMinusTheCostFromRolledUpDaysAndFromCallsAlike(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            aliceInSalesOn2001(db);
            db.cdrStore().write(new StoreBatch(List.of(
                    withReference(call("2001", "0601", Direction.OUTGOING, DAY_IN_FEBRUARY, 60, 100, CallClass.MOBILE,
                            "", ""), 250),
                    withReference(call("2001", "0602", Direction.OUTGOING, DAY_IN_FEBRUARY.plusSeconds(60), 60, 20,
                            CallClass.MOBILE, "", ""), 50),
                    call("2001", "0603", Direction.OUTGOING, DAY_IN_FEBRUARY.plusSeconds(120), 60, 7, CallClass.MOBILE,
                            "", "")), List.of(), 3));
            Instant monthEnd = Instant.parse("2025-03-01T00:00:00Z");
            CostLine rolledUp = db.departmentSummary().between(JANUARY, monthEnd).get(0);
            assertEquals(new Money(127, SampleCalls.EUR), rolledUp.cost());
            assertEquals(new Money(180, SampleCalls.EUR), rolledUp.savings(), "150 + 30, and none on the third call");
            CostLine partialDay = db.departmentSummary().between(DAY_IN_FEBRUARY.plusSeconds(1), monthEnd).get(0);
            assertEquals(new Money(30, SampleCalls.EUR), partialDay.savings());
        }
    }

    /** Alice of Sales on extension 2001 since January, and the Paris PBX. */
    private static void aliceInSalesOn2001(Database db) {
        OrgRepository org = db.orgRepository();
        AppUser alice = org.addUser("Alice", org.addDepartment("Sales", null).id());
        org.assignExtension("2001", alice.id(), JANUARY);
        db.cdrStore().registerPbx(new PbxDescriptor(PBX, "paris", "avaya-unformatted", ZoneId.of("Europe/Paris")));
    }

    private static RatedCall withReference(RatedCall call, long referenceMinor) {
        return new RatedCall(call.leg(), call.callClass(), call.billedSeconds(), call.cost(), call.tariff(),
                new Money(referenceMinor, call.cost().currency()));
    }

    private static List<Long> costs(Database db, Instant from, Instant to) {
        return db.departmentSummary().between(from, to).stream().map(l -> l.cost().minorUnits()).toList();
    }

    private static CostLine line(List<String> path, String user, long calls, long duration, long cost,
                                 Map<CallClass, Long> byClass) {
        Map<CallClass, Money> money = new java.util.EnumMap<>(CallClass.class);
        byClass.forEach((k, v) -> money.put(k, new Money(v, SampleCalls.EUR)));
        return new CostLine(path, user, calls, duration, new Money(cost, SampleCalls.EUR),
                new Money(cost, SampleCalls.EUR), money); // no reference carrier here: no savings
    }

    private RatedCall call(String calling, String dialed, Direction direction, Instant start, int duration,
                           long costMinor, CallClass callClass, String accountCode, String authCode) {
        sequence++;
        CallLeg leg = new CallLeg(PBX, sequence, sequence, start, ZoneId.of("Europe/Paris"), duration, 0, calling,
                dialed, direction, "", accountCode, authCode, "", "", "", "", "", "", "", "");
        return new RatedCall(leg, callClass, duration, new Money(costMinor, SampleCalls.EUR), "FR");
    }
}
