package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrKey;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.StoredCdr;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A department's calls are those charged to it: here outgoing calls, charged to the user whose
 * extension made the call at its start; checked against an independent computation over the
 * written calls.
 */
class DepartmentScopeTest {

    private static final Instant JANUARY = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant FIRST_CALL = Instant.parse("2025-02-28T23:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aDepartmentSeesTheCallsOfItsExtensionsAtTheTimeOfTheCall(Databases kind) {
        List<RatedCall> calls = new SampleCalls(5, 4).calls("paris", 1, 3_000, FIRST_CALL);
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            Department sales = org.addDepartment("Sales", null);
            Department export = org.addDepartment("Export", sales.id());
            Department support = org.addDepartment("Support", null);
            AppUser alice = org.addUser("Alice", export.id());
            AppUser bob = org.addUser("Bob", support.id());
            org.assignExtension("2001", alice.id(), JANUARY);
            org.assignExtension("2001", bob.id(), MARCH); // 2001 moves from Export to Support on 1 March
            org.assignExtension("2002", bob.id(), JANUARY);
            org.assignExtension("2003", alice.id(), MARCH); // 2003 is nobody's before March
            db.cdrStore().registerPbx(new PbxDescriptor("paris", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(calls, List.of(), calls.size()));
            assertTrue(calls.get(0).leg().start().isBefore(MARCH) && calls.get(calls.size() - 1).leg().start().isAfter(MARCH),
                    "the sample spans the move of 2001");

            Map<String, Integer> before = Map.of("2001", export.id(), "2002", support.id());
            Map<String, Integer> after = Map.of("2001", support.id(), "2002", support.id(), "2003", export.id());
            CdrReader reader = db.cdrReader();
            for (Set<Integer> scope : List.of(Set.of(sales.id(), export.id()), Set.of(support.id()), Set.of(sales.id()))) {
                List<Long> expected = calls.stream().filter(c -> {
                    Map<String, Integer> owners = c.leg().start().isBefore(MARCH) ? before : after;
                    return scope.contains(owners.getOrDefault(c.leg().callingNumber(), -1))
                            || scope.contains(owners.getOrDefault(c.leg().dialedNumber(), -1));
                }).map(c -> CdrKey.of(1, c.leg().sequence())).toList();
                CdrQuery query = CdrQuery.between(JANUARY, JANUARY.plusSeconds(366 * 86_400L)).withinDepartments(scope)
                        .page(CdrQuery.MAX_LIMIT, 0);
                List<Long> found = reader.find(query).stream().map(StoredCdr::key).toList();
                assertEquals(expected, found, "scope " + scope);
                assertEquals(expected.size(), reader.count(query));
                if (!expected.isEmpty()) {
                    long seq = CdrKey.sequence(expected.get(0));
                    assertTrue(reader.call("paris", seq, scope).isPresent());
                }
            }
            assertEquals(0, reader.count(CdrQuery.between(JANUARY, MARCH.plusSeconds(86_400)).withinDepartments(Set.of())));
            RatedCall supportOnly = calls.stream().filter(c -> c.leg().callingNumber().equals("2002")).findFirst().orElseThrow();
            assertTrue(reader.call("paris", supportOnly.leg().sequence(), Set.of(support.id())).isPresent());
            assertTrue(reader.call("paris", supportOnly.leg().sequence(), Set.of(sales.id(), export.id())).isEmpty(),
                    "another department's call is not found");
            assertTrue(reader.call("paris", supportOnly.leg().sequence(), null).isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void classFilterSortAndTotalsAgreeWithTheCalls(Databases kind) {
        List<RatedCall> calls = new SampleCalls(9, 20).calls("paris", 1, 500, FIRST_CALL);
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor("paris", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(calls, List.of(), calls.size()));
            CdrQuery all = CdrQuery.between(JANUARY, MARCH.plusSeconds(30 * 86_400L)).page(CdrQuery.MAX_LIMIT, 0);

            List<Long> mobile = calls.stream().filter(c -> c.callClass() == CallClass.MOBILE)
                    .map(c -> CdrKey.of(1, c.leg().sequence())).toList();
            assertEquals(mobile, db.cdrReader().find(all.withCallClass(CallClass.MOBILE)).stream().map(StoredCdr::key).toList());
            assertEquals(mobile.size(), db.cdrReader().countUpTo(all.withCallClass(CallClass.MOBILE), 10_000));
            assertEquals(7, db.cdrReader().countUpTo(all.withCallClass(CallClass.MOBILE), 7), "counting stops at the cap");

            List<Long> byCost = calls.stream().sorted(Comparator.comparing((RatedCall c) -> c.cost().minorUnits())
                    .thenComparing(c -> c.leg().sequence()).reversed()).map(c -> CdrKey.of(1, c.leg().sequence())).toList();
            assertEquals(byCost, db.cdrReader().find(all.sorted(CdrQuery.Sort.COST_DESC)).stream().map(StoredCdr::key).toList());

            Map<CallClass, Long> expectedCost = calls.stream().collect(Collectors.groupingBy(RatedCall::callClass,
                    Collectors.summingLong(c -> c.cost().minorUnits())));
            List<CdrReader.ClassTotal> totals = db.cdrReader().totalsByClass(all);
            assertEquals(expectedCost.keySet(), totals.stream().map(CdrReader.ClassTotal::callClass).collect(Collectors.toSet()));
            for (CdrReader.ClassTotal total : totals) {
                assertEquals(new Money(expectedCost.get(total.callClass()), SampleCalls.EUR), total.cost());
                assertEquals(calls.stream().filter(c -> c.callClass() == total.callClass()).count(), total.calls());
            }
        }
    }
}
