package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.CdrRetention;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Call-quality reports are written with their batch, exactly once, and read back by the call. */
class CallQualityStoreTest {

    private static final String PBX = "cucm-sh";
    private static final String CALL = "StandAloneCluster:2:4182307";
    private static final Instant START = Instant.parse("2026-01-24T01:31:00Z");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void reportsAreStoredWithTheBatchAndAReplayInsertsNothingTwice(Databases kind) {
        CallLeg leg = CallLeg.builder(PBX, 10, 10, ZONE).start(START).durationSeconds(42).callingNumber("2101")
                .dialedNumber("13912345678").direction(Direction.OUTGOING).correlationId(CALL).build();
        RatedCall call = new RatedCall(leg, CallClass.MOBILE, 60, new Money(30, Currency.getInstance("CNY")),
                "sh/MOBILE");
        CallQuality phone = quality(11, CALL, "SEP0011AABB2101", "2101",
                Map.of(CallQuality.MOS, "4.2000", CallQuality.CONCEALMENT_RATIO, "0.0021", "MLQKvr", "0.95"));
        CallQuality gateway = quality(12, CALL, "SH-PSTN-CUBE", "", Map.of());
        CallQuality otherCall = quality(13, "StandAloneCluster:2:4182399", "SEP0011AABB2102", "2102", Map.of());
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor(PBX, "shanghai", "cucm", ZONE));
            db.cdrStore().write(new StoreBatch(List.of(call), List.of(), List.of(phone, otherCall), 13));
            // a replay after a crash: the same reports again, with one the first batch did not have
            db.cdrStore().write(new StoreBatch(List.of(call), List.of(), List.of(phone, gateway, otherCall), 13));

            StoredCdr stored = db.cdrReader().find(CdrQuery.between(Instant.EPOCH, START.plusSeconds(3600))).get(0);
            List<CallQuality> reports = db.cdrReader().quality(stored);
            assertEquals(List.of(phone, gateway), reports);
            assertEquals(new BigDecimal("4.2000"), reports.get(0).decimal(CallQuality.MOS));
            assertNull(reports.get(1).decimal(CallQuality.MOS));
            assertEquals(13, db.cdrStore().committedPosition());
            assertEquals(3, rows(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void retentionRemovesTheReportsOfAMonthWhoseCallsAreAlreadyGone(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor(PBX, "shanghai", "cucm", ZONE));
            db.cdrStore().write(new StoreBatch(List.of(), List.of(), List.of(quality(11, CALL, "SEP0011AABB2101",
                    "2101", Map.of())), 11));

            db.retention().apply(3, CdrRetention.Action.PURGE, Instant.parse("2026-06-15T00:00:00Z"));

            assertEquals(0, rows(db), "January's report, past the three months kept, with no call left in January");
        }
    }

    private static long rows(Database db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_quality")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CallQuality quality(long sequence, String correlation, String device, String number,
                                       Map<String, String> metrics) {
        return new CallQuality(PBX, sequence, sequence, correlation, device, number,
                START.plusSeconds(42 + sequence).plusMillis(250), 2100, 2095, 3, 7, 12, metrics);
    }
}
