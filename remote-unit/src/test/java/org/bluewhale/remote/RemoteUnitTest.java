package org.bluewhale.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.remote.FeedStatus.Link;
import org.bluewhale.rsp.RspCounters;
import org.bluewhale.rsp.bluewhale.MemoryOutbox;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspFrame;
import org.bluewhale.rsp.bluewhale.RspSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PBX feeding a remote unit that forwards to a server, all over real sockets on loopback. */
class RemoteUnitTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void everyRecordReachesTheServerOnceInOrderAcrossARestartOfTheUnit() throws Exception {
        List<byte[]> records = UnitLoopback.records(30_000);
        try (UnitLoopback world = new UnitLoopback(dir)) {
            RemoteUnit unit = world.startUnit(UnitLoopback.SERVER_KEY);
            MemoryOutbox pbxOutbox = new MemoryOutbox(records.size());
            try (RspSender pbx = RspSender.start(world.pbxToUnit(), pbxOutbox)) {
                for (int i = 0; i < 10_000; i++) {
                    pbxOutbox.offer(records.get(i));
                }
                assertTrue(pbx.awaitAcknowledged(10_000, DEADLINE), "the unit journaled the first 10,000");
                unit.close(); // with records possibly unforwarded: they wait in the unit's journal
                for (int i = 10_000; i < records.size(); i++) {
                    pbxOutbox.offer(records.get(i)); // the PBX keeps what the unit has not acknowledged
                }
                unit = world.startUnit(UnitLoopback.SERVER_KEY);
                assertTrue(pbx.awaitAcknowledged(records.size(), DEADLINE), "the restarted unit took the rest");
            }
            assertTrue(unit.flush(DEADLINE), "the unit forwarded everything: " + unit.status());
            FeedStatus status = unit.status().get(0);
            assertEquals(Link.UP, status.link());
            assertEquals(records.size(), status.journaled());
            assertEquals(0, status.backlog());
            assertTrue(status.lastRecordAt() != null, "the unit saw records arrive");
            unit.close();
            String file = Files.readString(dir.resolve("status.properties"));
            assertTrue(file.contains("pbx.branch-pbx.journaled=30000\n") && file.contains("pbx.branch-pbx.backlog=0\n"),
                    file);

            List<RawRecord> stored = world.serverJournal.readAll(1);
            assertEquals(records.size(), stored.size(), "records at the server");
            for (int i = 0; i < records.size(); i++) {
                assertEquals(i + 1, stored.get(i).sequence(), "the unit's journal position is the server's sequence");
                assertEquals(new String(records.get(i), StandardCharsets.US_ASCII), stored.get(i).text());
            }
        }
    }

    /** The unit's status tick travels to the server: it sees the unit's journal, backlog and local connector. */
    @Test
    void theServerSeesWhatTheUnitReportsOfItself() throws Exception {
        try (UnitLoopback world = new UnitLoopback(dir);
             RemoteUnit unit = world.startUnit(UnitLoopback.SERVER_KEY);
             RspSender pbx = RspSender.start(world.pbxToUnit(), MemoryOutbox.resuming(1, UnitLoopback.records(100), 100))) {
            assertTrue(pbx.awaitAcknowledged(100, DEADLINE), "the unit journaled the PBX's records");
            assertTrue(unit.flush(DEADLINE), "and forwarded them");
            Poll.until(DEADLINE, "the server to hear the unit's report of 100 journaled and acknowledged", () -> {
                RspCounters.Reported reported = world.server.counters().lastReported();
                return reported != null && reported.status().journaled() == 100 && reported.status().acknowledged() == 100;
            });
            RspFrame.Status reported = world.server.counters().lastReported().status();
            assertEquals(0, reported.backlog());
            assertEquals(unit.status().get(0).connector().state().name(), reported.connector(),
                    "the unit's local connector, as the unit sees it");
            assertEquals("CONNECTED", reported.connector(), "the PBX's session with the unit is open");
        }
    }

    @Test
    void aUnitWithTheWrongKeyIsRefusedKeepsItsRecordsAndSaysSo() throws Exception {
        try (UnitLoopback world = new UnitLoopback(dir)) {
            RspAuth wrong = new RspAuth("a key the server never heard of".getBytes(StandardCharsets.UTF_8));
            try (RemoteUnit unit = world.startUnit(wrong);
                 RspSender pbx = RspSender.start(world.pbxToUnit(),
                         MemoryOutbox.resuming(1, UnitLoopback.records(100), 100))) {
                assertTrue(pbx.awaitAcknowledged(100, DEADLINE), "the PBX's records are safe in the unit");
                Poll.until(DEADLINE, "the unit to learn it was refused", () -> unit.status().get(0).link() == Link.REFUSED);
                FeedStatus status = unit.status().get(0);
                assertEquals(100, status.backlog(), "nothing was forwarded, nothing dropped");
                assertTrue(status.lastError().contains("AUTH_FAILED"), status.lastError());
            }
            assertTrue(world.server.counters().refusedSessions() >= 1);
            assertTrue(world.server.counters().lastError().contains("wrong pre-shared key"),
                    world.server.counters().lastError());
            assertEquals(List.of(), world.serverJournal.readAll(1));
        }
    }
}
