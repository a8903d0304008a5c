package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Money;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrRetention.Action;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Calls past the retention period leave the live table, purged or archived, whole months at a time. */
class CdrRetentionTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void olderMonthsArePurgedOrArchivedAndTheRestStays(Databases kind) throws Exception {
        SampleCalls samples = new SampleCalls(3);
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx", "paris", "avaya-cm", SampleCalls.PARIS));
            List<RatedCall> calls = List.of(
                    samples.call("pbx", 1, 1, Instant.parse("2025-01-31T23:59:59.999Z")),
                    withSaving(samples.call("pbx", 2, 2, Instant.parse("2025-02-10T08:00:00Z"))),
                    samples.call("pbx", 3, 3, Instant.parse("2025-02-28T23:59:59.999Z")),
                    samples.call("pbx", 4, 4, Instant.parse("2025-03-01T00:00:00Z")),
                    samples.call("pbx", 5, 5, Instant.parse("2025-06-01T08:00:00Z")));
            db.cdrStore().write(new StoreBatch(calls, List.of(), 5));
            db.departmentSummary().between(Instant.parse("2025-01-01T00:00:00Z"), NOW); // rolls the days up

            assertEquals(1, db.retention().apply(4, Action.PURGE, NOW), "keeps June and the 4 months before: Feb-June");
            assertEquals(0, count(db, "cdr_archive"));
            assertEquals(2, db.retention().apply(3, Action.ARCHIVE, NOW), "keeps March-June");
            assertEquals(0, db.retention().apply(3, Action.ARCHIVE, NOW), "nothing left to do");

            assertEquals(List.of(4L, 5L), db.cdrReader().find(CdrQuery.between(Instant.EPOCH, NOW)).stream()
                    .map(cdr -> cdr.sequence()).toList());
            assertEquals(2, count(db, "cdr_archive"));
            assertEquals(1, count(db, "cdr_archive WHERE ref_cost_minor = " + REFERENCE_MINOR), "the reference cost is archived too");
            assertEquals(2, db.departmentSummary().between(Instant.parse("2025-01-01T00:00:00Z"), NOW).stream()
                    .mapToLong(line -> line.calls()).sum(), "the roll-ups of the removed days went with them");
        }
    }

    private static final long REFERENCE_MINOR = 987_654;

    private static RatedCall withSaving(RatedCall call) {
        return new RatedCall(call.leg(), call.callClass(), call.billedSeconds(), call.cost(), call.tariff(),
                new Money(REFERENCE_MINOR, call.cost().currency()));
    }

    private static long count(Database db, String table) throws Exception {
        try (var c = db.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
