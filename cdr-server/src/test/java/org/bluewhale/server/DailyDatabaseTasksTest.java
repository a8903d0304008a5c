package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.CdrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily database tasks: retention checked at start and applied at once when on; past days rolled up. */
class DailyDatabaseTasksTest {

    private static final Clock JUNE = Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void oldCallsArePurgedAndRecentDaysRolledUpAtStart() throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db"), "sa", "")) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx", "hq", "avaya-unformatted", ZoneId.of("UTC")));
            db.cdrStore().write(new StoreBatch(List.of(call(1, "2025-01-10T10:00:00Z"), call(2, "2025-06-01T10:00:00Z")),
                    List.of(), 2));
            assertThrows(ConfigException.class, () -> DailyDatabaseTasks.start(config("1", "shred"), db, JUNE));
            assertThrows(ConfigException.class, () -> DailyDatabaseTasks.start(config("-1", "purge"), db, JUNE));

            try (DailyDatabaseTasks tasks = DailyDatabaseTasks.start(config("2", "purge"), db, JUNE)) {
                Poll.until("January purged and the last 62 days rolled up", () -> db.cdrReader().count(
                        CdrQuery.between(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"))) == 1
                        && count(db, "cost_day_done") == DailyDatabaseTasks.ROLL_UP_DAYS);
            }
            assertEquals(1, count(db, "cost_day"), "one group: the June call's");
        }
    }

    private static long count(Database db, String table) {
        try (var c = db.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Config config(String months, String action) {
        Properties p = new Properties();
        p.setProperty("db.retention-months", months);
        p.setProperty("db.retention-action", action);
        return new Config(p);
    }

    private static RatedCall call(long seq, String start) {
        CallLeg leg = new CallLeg("pbx", seq, seq, Instant.parse(start), ZoneId.of("UTC"), 60, 0, "2001", "0601",
                Direction.OUTGOING, "", "", "", "", "", "", "", "", "", "", "");
        return new RatedCall(leg, CallClass.MOBILE, 60, new Money(10, java.util.Currency.getInstance("EUR")), "t");
    }
}
