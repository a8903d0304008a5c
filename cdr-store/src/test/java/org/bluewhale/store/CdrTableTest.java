package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code cdr} table as SQL users see it: empty texts as NULL, zones and tariffs stored once in
 * their lookup tables, every row's ids resolvable by a join, across restarts and failed batches.
 */
class CdrTableTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Instant MONDAY = Instant.parse("2025-03-10T08:00:00Z");
    private static final Instant EVER_TO = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void emptyTextsAreNullInTheTableAndEmptyWhenRead(Databases kind) throws SQLException {
        CallLeg leg = new CallLeg("avaya-paris", 1, 1, MONDAY, SampleCalls.PARIS, 0, 0, "", "", Direction.UNKNOWN,
                "", "", "", "", "", "", "", "", "", "", "");
        RatedCall call = new RatedCall(leg, CallClass.UNKNOWN, 0, Money.zero(SampleCalls.EUR), null);
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor("avaya-paris", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(List.of(call), List.of(), 1));

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT calling, dialed, condition_code, account_code, auth_code,"
                         + " trunk_in, trunk_out, correlation_id FROM cdr")) {
                rs.next();
                for (int column = 1; column <= 8; column++) {
                    assertNull(rs.getString(column), "column " + column);
                }
            }
            StoredCdr stored = db.cdrReader().find(CdrQuery.between(Instant.EPOCH, EVER_TO)).get(0);
            CdrStoreTest.assertSameCall(new RatedCall(leg, CallClass.UNKNOWN, 0, call.cost(), ""), stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void zonesAndTariffsAreStoredOnceAndJoinBackAcrossRestarts(Databases kind) throws SQLException {
        SampleCalls samples = new SampleCalls(5);
        List<RatedCall> paris = samples.calls("avaya-paris", 1, 300, MONDAY);
        List<RatedCall> tokyo = inTokyo(samples.calls("cisco-tokyo", 1, 200, MONDAY));
        try (Database db = kind.open(dataDir)) {
            registerBoth(db);
            db.cdrStore().write(new StoreBatch(paris.subList(0, 150), List.of(), 150));
            db.cdrStore().write(new StoreBatch(tokyo.subList(0, 100), List.of(), 250));
        }
        try (Database db = kind.open(dataDir)) {
            registerBoth(db);
            List<RatedCall> mixed = new ArrayList<>(paris.subList(150, 300));
            mixed.addAll(tokyo.subList(100, 200));
            db.cdrStore().write(new StoreBatch(mixed, List.of(), 500));

            List<RatedCall> all = new ArrayList<>(paris);
            all.addAll(tokyo);
            Set<String> tariffs = new HashSet<>();
            all.forEach(call -> tariffs.add(call.tariff() + " " + call.cost().currency()));
            try (Connection c = db.dataSource().getConnection()) {
                assertEquals(Set.of("Europe/Paris", "Asia/Tokyo"), column(c, "SELECT name FROM zone"));
                assertEquals(2, column(c, "SELECT id FROM zone").size());
                assertEquals(tariffs, column(c, "SELECT CONCAT(name, ' ', currency) FROM tariff"));
                assertEquals(tariffs.size(), column(c, "SELECT id FROM tariff").size());
                // What a report would do: every row resolves through plain joins.
                assertEquals(Set.of("Europe/Paris EUR", "Asia/Tokyo JPY"), column(c, "SELECT DISTINCT CONCAT(z.name, ' ', t.currency)"
                        + " FROM cdr JOIN zone z ON z.id = cdr.zone_id JOIN tariff t ON t.id = cdr.tariff_id"));
            }
            List<StoredCdr> rows = db.cdrReader().find(CdrQuery.between(Instant.EPOCH, EVER_TO).withPbx("cisco-tokyo")
                    .page(1000, 0));
            assertEquals(200, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CdrStoreTest.assertSameCall(tokyo.get(i), rows.get(i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aTariffFirstSeenInAFailedBatchIsUsableAfterwards(Databases kind) {
        RatedCall call = inTokyo(new SampleCalls(9).calls("cisco-tokyo", 1, 1, MONDAY)).get(0);
        Quarantined noReason = new Quarantined(new RawRecord(2, "cisco-tokyo", 2, MONDAY, new byte[] {1}, false), null);
        try (Database db = kind.open(dataDir)) {
            registerBoth(db);
            assertThrows(StoreException.class,
                    () -> db.cdrStore().write(new StoreBatch(List.of(call), List.of(noReason), 2)));
            assertEquals(0, db.cdrReader().cdrCount());
        }
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().write(new StoreBatch(List.of(call), List.of(), 2));
            CdrStoreTest.assertSameCall(call, db.cdrReader().find(CdrQuery.between(Instant.EPOCH, EVER_TO)).get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void tariffNamesThatDifferOnlyInCaseStayTwoTariffs(Databases kind) throws SQLException {
        // MariaDB compares case-insensitively unless told otherwise; a supplementary character
        // (4 bytes in UTF-8) needs utf8mb4 there.
        List<RatedCall> calls = new SampleCalls(11).calls("avaya-paris", 1, 2, MONDAY);
        List<RatedCall> twoTariffs = List.of(withTariff(calls.get(0), "Intl \uD83D\uDCDE band 3"),
                withTariff(calls.get(1), "INTL \uD83D\uDCDE BAND 3"));
        try (Database db = kind.open(dataDir)) {
            registerBoth(db);
            db.cdrStore().write(new StoreBatch(twoTariffs, List.of(), 2));
        }
        try (Database db = kind.open(dataDir)) {
            List<StoredCdr> rows = db.cdrReader().find(CdrQuery.between(Instant.EPOCH, EVER_TO));
            assertEquals(List.of("Intl \uD83D\uDCDE band 3", "INTL \uD83D\uDCDE BAND 3"),
                    rows.stream().map(StoredCdr::tariff).toList());
            try (Connection c = db.dataSource().getConnection()) {
                assertEquals(2, column(c, "SELECT id FROM tariff").size());
            }
        }
    }

    private static RatedCall withTariff(RatedCall call, String tariff) {
        return new RatedCall(call.leg(), call.callClass(), call.billedSeconds(), call.cost(), tariff);
    }

    private static void registerBoth(Database db) {
        db.cdrStore().registerPbx(new PbxDescriptor("avaya-paris", "paris", "avaya-cm", SampleCalls.PARIS));
        db.cdrStore().registerPbx(new PbxDescriptor("cisco-tokyo", "tokyo", "cisco-cdr", TOKYO));
    }

    /** The same sample calls as placed and priced by a Tokyo PBX. */
    private static List<RatedCall> inTokyo(List<RatedCall> calls) {
        return calls.stream().map(call -> {
            CallLeg l = call.leg();
            CallLeg leg = new CallLeg(l.pbxId(), l.sequence(), l.position(), l.start(), TOKYO, l.durationSeconds(),
                    l.ringSeconds(), l.callingNumber(), l.dialedNumber(), l.direction(), l.conditionCode(),
                    l.accountCode(), l.authCode(), l.trunkIn(), l.trunkOut(), l.correlationId(),
                    "", "", "", "", "");
            return new RatedCall(leg, call.callClass(), call.billedSeconds(), new Money(call.cost().minorUnits(), JPY),
                    "JP-" + call.callClass());
        }).toList();
    }

    private static Set<String> column(Connection c, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
