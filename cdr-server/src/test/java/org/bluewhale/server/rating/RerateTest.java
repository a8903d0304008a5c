package org.bluewhale.server.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.RerateJob;
import org.bluewhale.store.cdr.Rerater;
import org.bluewhale.store.cdr.StoredCdr;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.web.EngineRerater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Re-rating a stored period after a tariff change, on every database, with costs worked out by
 * hand ({@link TieredModel}). Every call lasts 60 s: one billed minute, national, priced per minute
 * with a volume tier of 50 % from the plan's 3rd minute of the month (UTC). Under the old tariff (1.00 a minute)
 * February's call cost 1.00, March's four 1.00, 1.00, 1.00, 0.50 and April's 1.00; under the new
 * one (2.00) March's are 2.00, 2.00, 2.00, 1.00.
 */
class RerateTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final List<Instant> STARTS = List.of(Instant.parse("2026-02-20T10:00:00Z"),
            Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-03T10:00:00Z"),
            Instant.parse("2026-03-04T10:00:00Z"), Instant.parse("2026-03-05T10:00:00Z"),
            Instant.parse("2026-04-01T10:00:00Z"));
    private static final List<Long> OLD_COSTS = List.of(100L, 100L, 100L, 100L, 50L, 100L);
    private static final List<Long> NEW_COSTS = List.of(100L, 200L, 200L, 200L, 100L, 100L);

    @TempDir
    Path dataDir;

    @AfterEach
    void dropSchemas() {
        Databases.dropServerSchemas();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aTariffChangeThenReratingChangesExactlyThePeriodsCallsAndARerunNothing(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            storeCalls(db, 1, STARTS);
            assertEquals(550, rolledUpCost(db), "the old costs, rolled up by day");

            RerateJob job = db.rerateJobs().create("billing", new RerateJob.Request(MARCH, APRIL, null, null, null));
            RerateJob done = db.rerating(2).run(job.id(), EngineRerater.over(engine("2.00")));

            assertEquals(NEW_COSTS, costs(db));
            assertEquals(RerateJob.Status.DONE, done.status());
            assertEquals(List.of(4L, 4L, 4L, 4L), List.of(done.callsTotal(), done.callsDone(), done.callsRerated(),
                    done.callsChanged()));
            assertEquals(350, done.costBefore());
            assertEquals(700, done.costAfter());
            assertEquals("billing", done.operator());
            assertEquals(900, rolledUpCost(db), "the roll-up of the re-rated days was made again");
            assertEquals(900, sum(db, "SELECT SUM(cost_minor) FROM cdr"));
            assertEquals("tel/volume@2026-01-01T00:00:00Z/NATIONAL", db.cdrReader().find(CdrQuery.between(MARCH, APRIL))
                    .get(0).tariff());

            RerateJob again = db.rerating(3).run(db.rerateJobs().create("billing",
                    new RerateJob.Request(MARCH, APRIL, null, null, null)).id(), EngineRerater.over(engine("2.00")));
            assertEquals(0, again.callsChanged(), "a second run finds nothing to change");
            assertEquals(List.of(700L, 700L), List.of(again.costBefore(), again.costAfter()));
            assertEquals(NEW_COSTS, costs(db));
            assertEquals(900, rolledUpCost(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aJobThatFailsPartWayResumesAfterItsLastBatchWithTheSameResult(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            storeCalls(db, 1, STARTS);
            long id = db.rerateJobs().create("admin", new RerateJob.Request(MARCH, APRIL, null, null, null)).id();

            RerateJob failed = db.rerating(2).run(id, new FailingAfter(3, EngineRerater.over(engine("2.00"))));
            assertEquals(RerateJob.Status.FAILED, failed.status());
            assertEquals(2, failed.callsDone(), "the first batch of two is committed, the second rolled back");
            assertEquals(List.of(100L, 200L, 200L, 100L, 50L, 100L), costs(db));
            assertEquals(List.of(id), db.rerateJobs().unfinished().stream().map(RerateJob::id).toList());

            RerateJob resumed = db.rerating(2).run(id, EngineRerater.over(engine("2.00")));
            assertEquals(RerateJob.Status.DONE, resumed.status());
            assertEquals(NEW_COSTS, costs(db), "the tier counted the re-rated calls before the cursor");
            assertEquals(List.of(4L, 4L, 4L), List.of(resumed.callsDone(), resumed.callsRerated(), resumed.callsChanged()));
            assertEquals(List.of(350L, 700L), List.of(resumed.costBefore(), resumed.costAfter()));
            assertEquals(900, rolledUpCost(db));
            assertEquals(List.of(), db.rerateJobs().unfinished());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void twoRunsOfOneJobAtOnceWriteEachBatchOnce(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            storeCalls(db, 1, STARTS);
            long id = db.rerateJobs().create("admin", new RerateJob.Request(MARCH, APRIL, null, null, null)).id();
            // while the first run prices its first batch, a second run (a restarted server, the CLI) does the whole job
            Rerater overtaken = new Overtaken(EngineRerater.over(engine("2.00")),
                    () -> db.rerating(2).run(id, EngineRerater.over(engine("2.00"))));

            RerateJob after = db.rerating(2).run(id, overtaken);
            assertEquals(RerateJob.Status.DONE, after.status(), "the overtaken run leaves the job as the other ended it");
            assertEquals(List.of(4L, 4L, 350L, 700L), List.of(after.callsDone(), after.callsChanged(),
                    after.costBefore(), after.costAfter()), "no batch counted twice");
            assertEquals(NEW_COSTS, costs(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aPbxFilterReratesOnlyThatPbxWhileTheTierCountsEveryPbx(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            // p1 and p2 share the plan: March is p1, p2, p1, p2 -> under 2.00: 2.00, 2.00, 2.00, 1.00
            storeCalls(db, 1, List.of(STARTS.get(1), STARTS.get(3)));
            storeCalls(db, 2, List.of(STARTS.get(2), STARTS.get(4)));
            RerateJob done = db.rerating(10).run(db.rerateJobs().create("admin",
                    new RerateJob.Request(MARCH, APRIL, "p1", null, null)).id(), EngineRerater.over(engine("2.00")));
            assertEquals(List.of(4L, 2L), List.of(done.callsDone(), done.callsRerated()));
            assertEquals(List.of(200L, 100L, 200L, 50L), costs(db), "p1's calls at 2.00, p2's as they were");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aRestartMidMonthContinuesTheVolumeTierWhereItWas(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            storeCalls(db, 1, STARTS.subList(0, 4)); // Feb, then 3 minutes of March: the tier is reached
            RatingEngine restarted = engine("1.00");
            EngineRerater.seedLiveUsage(restarted, db.cdrReader(), Instant.parse("2026-03-05T09:00:00Z"));
            assertEquals(50, restarted.rate(leg(1, 5, STARTS.get(4))).cost().minorUnits(), "the 4th minute at 50 %");
            RatingEngine unseeded = engine("1.00");
            assertEquals(100, unseeded.rate(leg(1, 5, STARTS.get(4))).cost().minorUnits(), "without the seed: list price");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aRestartMidMonthContinuesEachDepartmentsTierWhereItWas(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            OrgRepository org = db.orgRepository();
            Instant january = Instant.parse("2026-01-01T00:00:00Z");
            org.assignExtension("2001", org.addUser("Ada", org.addDepartment("Sales", null).id()).id(), january);
            org.assignExtension("2002", org.addUser("Bob", org.addDepartment("Support", null).id()).id(), january);
            db.chargeAllocator().load();
            RatingEngine live = new RatingEngine(TieredModel.perDepartment("1.00"), pbx -> "hq",
                    UsageLedger.inMemory(), db.chargeAllocator()::departmentOf);
            db.cdrStore().registerPbx(new PbxDescriptor("p1", "hq", "avaya-cm", ZoneOffset.UTC));
            List<String> callers = List.of("2001", "2001", "2001", "2002");
            List<RatedCall> calls = new ArrayList<>();
            for (int i = 0; i < callers.size(); i++) {
                calls.add(live.rate(leg(1, i + 1, STARTS.get(i + 1), callers.get(i))));
            }
            assertEquals(List.of(100L, 100L, 100L, 100L), calls.stream().map(c -> c.cost().minorUnits()).toList(),
                    "Sales' 3 minutes and Support's first at the list price");
            db.cdrStore().write(new StoreBatch(calls, List.of(), callers.size()));

            RatingEngine restarted = new RatingEngine(TieredModel.perDepartment("1.00"), pbx -> "hq",
                    UsageLedger.inMemory(), db.chargeAllocator()::departmentOf);
            EngineRerater.seedLiveUsage(restarted, db.cdrReader(), Instant.parse("2026-03-05T09:00:00Z"));
            assertEquals(50, restarted.rate(leg(1, 5, STARTS.get(4), "2001")).cost().minorUnits(),
                    "Sales' 4th minute at 50 %");
            assertEquals(100, restarted.rate(leg(1, 6, STARTS.get(4), "2002")).cost().minorUnits(),
                    "Support's 2nd minute at the list price, though the plan has 5 minutes");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theLiveCountersCountTheReratedCallsAsReratedNotTwice(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            storeCalls(db, 1, STARTS.subList(1, 3)); // two March minutes counted live
            // the new tariff bills a first step of 2 minutes, priced at the tier in force when it
            // starts: both calls are 2.00 (minutes 0-2 and 2-4), and the month has 4 minutes
            RatingEngine swapped = new RatingEngine(TieredModel.of("1.00", 120), pbx -> "hq", liveUsage);
            RerateJob done = db.rerating(10).run(db.rerateJobs().create("admin",
                    new RerateJob.Request(MARCH, APRIL, null, null, null)).id(), EngineRerater.over(swapped));
            assertEquals(List.of(200L, 200L), costs(db));
            assertEquals(List.of(200L, 400L), List.of(done.costBefore(), done.costAfter()));
            assertEquals(100, swapped.rate(leg(1, 9, STARTS.get(3))).cost().minorUnits(),
                    "the next live call continues from 4 minutes, at half price (from the 2 counted before: 2.00)");
        }
    }

    /** Rates and stores calls of PBX p{pbx} in order with one live engine under the old tariff. */
    private void storeCalls(Database db, int pbx, List<Instant> starts) {
        db.cdrStore().registerPbx(new PbxDescriptor("p" + pbx, "hq", "avaya-cm", ZoneOffset.UTC));
        List<RatedCall> calls = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            calls.add(live.rate(leg(pbx, position + 1, starts.get(i))));
            position++;
        }
        db.cdrStore().write(new StoreBatch(calls, List.of(), position));
    }

    /** The server's volume counters, which outlive a model swap. */
    private final UsageLedger liveUsage = UsageLedger.inMemory();
    private final RatingEngine live = new RatingEngine(TieredModel.of("1.00"), pbx -> "hq", liveUsage);
    private long position;

    private static CallLeg leg(int pbx, long sequence, Instant start) {
        return leg(pbx, sequence, start, "2001");
    }

    private static CallLeg leg(int pbx, long sequence, Instant start, String extension) {
        return new CallLeg("p" + pbx, sequence, sequence, start, ZoneOffset.UTC, 60, 0, extension, "0145678901",
                Direction.OUTGOING, "", "", "", "", "", "", "", "", "", "", "");
    }

    private static RatingEngine engine(String price) {
        return new RatingEngine(TieredModel.of(price), pbx -> "hq", UsageLedger.inMemory());
    }

    /** Costs of all stored calls in start order. */
    private static List<Long> costs(Database db) {
        return db.cdrReader().find(CdrQuery.between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")))
                .stream().map(StoredCdr::cost).map(money -> money.minorUnits()).toList();
    }

    /** The department summary over the three months (whole past days: read from the daily roll-up). */
    private static long rolledUpCost(Database db) throws Exception {
        long summary = db.departmentSummary().between(Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-05-01T00:00:00Z")).stream().mapToLong(line -> line.cost().minorUnits()).sum();
        assertEquals(summary, sum(db, "SELECT COALESCE(SUM(cost_minor), 0) FROM cost_day"), "the summary is the roll-up's");
        return summary;
    }

    private static long sum(Database db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A run's rater that prices through {@code delegate}; subclasses add what happens meanwhile. */
    private abstract static class Delegating implements Rerater {
        final Rerater delegate;

        Delegating(Rerater delegate) {
            this.delegate = delegate;
        }

        @Override
        public RatedCall rate(CallLeg leg) {
            return delegate.rate(leg);
        }

        @Override
        public Set<String> countedTariffs() {
            return delegate.countedTariffs();
        }

        @Override
        public void countStored(String pbx, String tariff, int departmentId, long startMillis, long billedSeconds) {
            delegate.countStored(pbx, tariff, departmentId, startMillis, billedSeconds);
        }

        @Override
        public void countStored(StoredCdr call) {
            delegate.countStored(call);
        }

        @Override
        public void rerated(StoredCdr before, RatedCall after) {
            delegate.rerated(before, after);
        }

        @Override
        public String siteOf(String pbx) {
            return delegate.siteOf(pbx);
        }
    }

    /** A run that fails when pricing its {@code failAt}-th call, as a crash part-way would stop it. */
    private static final class FailingAfter extends Delegating {
        private final int failAt;
        private int rated;

        FailingAfter(int failAt, Rerater delegate) {
            super(delegate);
            this.failAt = failAt;
        }

        @Override
        public RatedCall rate(CallLeg leg) {
            if (++rated == failAt) {
                throw new IllegalStateException("the database went away");
            }
            return delegate.rate(leg);
        }
    }

    /** A run during whose first pricing {@code other} runs. */
    private static final class Overtaken extends Delegating {
        private final Runnable other;
        private boolean ran;

        Overtaken(Rerater delegate, Runnable other) {
            super(delegate);
            this.other = other;
        }

        @Override
        public RatedCall rate(CallLeg leg) {
            if (!ran) {
                ran = true;
                other.run();
            }
            return delegate.rate(leg);
        }
    }
}
