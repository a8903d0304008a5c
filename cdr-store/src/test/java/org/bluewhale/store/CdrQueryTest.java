package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrKey;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Queries by time range, PBX and extension, with paging, checked against the written calls. */
class CdrQueryTest {

    private static final Instant DAY = Instant.parse("2025-03-10T06:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void filtersAndPagesLikeTheCallsWritten(Databases kind) {
        SampleCalls samples = new SampleCalls(11, 20);
        List<RatedCall> paris = samples.calls("paris", 1, 600, DAY);
        List<RatedCall> oslo = samples.calls("oslo", 1, 400, DAY.plusSeconds(120));
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor("paris", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().registerPbx(new PbxDescriptor("oslo", "oslo", "mitel-smdr", ZoneId.of("Europe/Oslo")));
            db.cdrStore().write(new StoreBatch(paris, List.of(), 600));
            db.cdrStore().write(new StoreBatch(oslo, List.of(), 1000));
            List<RatedCall> all = new ArrayList<>(paris);
            all.addAll(oslo);

            Instant from = paris.get(100).leg().start();
            Instant to = paris.get(450).leg().start();
            String extension = paris.get(200).leg().callingNumber();
            String osloExtension = oslo.get(50).leg().callingNumber();

            check(db, all, CdrQuery.between(from, to), c -> inRange(c, from, to));
            check(db, all, CdrQuery.between(from, to).withPbx("oslo"),
                    c -> inRange(c, from, to) && c.leg().pbxId().equals("oslo"));
            check(db, all, CdrQuery.between(DAY, DAY.plusSeconds(86_400)).withExtension(extension),
                    c -> c.leg().callingNumber().equals(extension) || c.leg().dialedNumber().equals(extension));
            check(db, all, CdrQuery.between(DAY, DAY.plusSeconds(86_400)).withPbx("oslo").withExtension(osloExtension),
                    c -> c.leg().pbxId().equals("oslo")
                            && (c.leg().callingNumber().equals(osloExtension) || c.leg().dialedNumber().equals(osloExtension)));
            assertEquals(0, db.cdrReader().count(CdrQuery.between(DAY, DAY.plusSeconds(86_400)).withPbx("unknown")));
        }
    }

    /** Every page of the query, concatenated, equals the expected calls in (start, key) order. */
    private static void check(Database db, List<RatedCall> all, CdrQuery query, Predicate<RatedCall> matches) {
        List<Long> expected = all.stream().filter(matches)
                .sorted(Comparator.comparing((RatedCall c) -> c.leg().start()).thenComparing(CdrQueryTest::keyOf))
                .map(CdrQueryTest::keyOf).toList();
        assertTrue(expected.size() > 3, "the sample should exercise paging, matched only " + expected.size());
        assertEquals(expected.size(), db.cdrReader().count(query));
        List<Long> paged = new ArrayList<>();
        int pageSize = Math.max(1, expected.size() / 3);
        for (int offset = 0; ; offset += pageSize) {
            List<StoredCdr> page = db.cdrReader().find(query.page(pageSize, offset));
            page.forEach(r -> paged.add(r.key()));
            if (page.size() < pageSize) {
                break;
            }
        }
        assertEquals(expected, paged);
        List<Long> streamed = new ArrayList<>();
        db.cdrReader().forEach(query.page(1, 0), r -> streamed.add(r.key()));
        assertEquals(expected, streamed, "streaming ignores the page and returns every match in order");
    }

    private static boolean inRange(RatedCall c, Instant from, Instant to) {
        return !c.leg().start().isBefore(from) && c.leg().start().isBefore(to);
    }

    /** The stored key of a call: PBX ids are assigned 1, 2 in registration order (paris, oslo). */
    private static long keyOf(RatedCall c) {
        return CdrKey.of(c.leg().pbxId().equals("paris") ? 1 : 2, c.leg().sequence());
    }
}
