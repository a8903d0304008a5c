package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.journal.JournalStats;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.server.sim.SimulatedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PBX bursts far more than the journal's disk budget: the connector stops reading (TCP
 * back-pressure) until the database has caught up and committed segments can go; every record
 * arrives, none is dropped.
 */
class DiskBudgetTest {

    @TempDir
    Path data;

    @Test
    void aBurstBeyondTheDiskBudgetIsHeldBackNotDropped() throws Exception {
        int count = 150_000; // about 20 MB of journal against a 3 MB budget
        List<byte[]> burst = SimulatedFeed.generate("avaya-unformatted", 21, count, Instant.parse("2026-11-02T00:00:00Z"));
        Config config = DemoSetup.apply(Config.empty())
                .with("journal.disk-budget-mb", "3")
                .with("journal.segment-mb", "1");
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
            try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", pbx.boundPort()))) {
                assertEquals(count, sender.sendAsFastAsPossible(burst.iterator()));
            }
            Poll.until(Duration.ofSeconds(120), "every record of the burst in the database",
                    () -> server.engine().pipeline().committedPosition() >= count);

            JournalStats journal = server.engine().journal().stats();
            assertTrue(journal.pauses() > 0, "the connector was paused at least once: " + journal);
            assertTrue(journal.bytes() <= (3 << 20) + (2 << 20), "the journal stayed near its budget: " + journal.bytes());
            assertEquals(count, journal.writtenPosition());
            assertEquals(count, server.engine().database().cdrReader().cdrCount(), "nothing dropped");
        }
    }
}
