package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.rawdump.RawDumpFiles;
import org.bluewhale.core.rawdump.RawDumpLine;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.cdr.CdrReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing twice, across kill -9: the server or a replay is killed part-way; after
 * a restart every journaled record is in the database exactly once.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void serverKilledWhileAPbxStreamsLosesNothingAndStoresNothingTwice() throws Exception {
        Path data = dir.resolve("data");
        Path config = dir.resolve("bluewhale.properties");
        int port = BluewhaleProcess.freePort();
        Files.writeString(config, String.join("\n", "pbx.crash-pbx.format=avaya-unformatted",
                "pbx.crash-pbx.zone=Asia/Shanghai", "pbx.crash-pbx.bind=127.0.0.1", "pbx.crash-pbx.port=" + port, ""));
        Process server = BluewhaleProcess.start(dir.resolve("server.log"), "start", "--data", data.toString(),
                "--config", config.toString(), "--http-port", "0");

        long sent;
        List<byte[]> records = SimulatedFeed.generate("avaya-unformatted", 7, 400_000, Instant.parse("2026-11-02T00:00:00Z"));
        try (TcpRecordSender sender = BluewhaleProcess.connectWhenListening(port)) {
            Thread pbx = new Thread(() -> {
                try {
                    sender.sendAtRate(records.iterator(), 100_000);
                } catch (IOException expected) {
                    // the server dies under it
                }
            });
            pbx.start();
            // a journal entry of this PBX's 91-byte records takes 134 bytes
            Poll.until(Duration.ofSeconds(60), "the server to journal 100,000 records",
                    () -> journalBytes(data) > 100_000L * 134);
            BluewhaleProcess.kill9(server);
            pbx.join(60_000);
            sent = sender.sent();
        }

        Config restart = Config.load(config).with("pbx.crash-pbx.transport", "none");
        try (Engine engine = Engine.start(data, restart)) {
            long journaled = engine.journal().writtenPosition();
            long committedAtRestart = engine.database().cdrStore().committedPosition();
            assertTrue(journaled >= 100_000 && journaled <= sent, "journaled " + journaled + " of " + sent + " sent");
            assertTrue(committedAtRestart < journaled,
                    "the kill came before the database caught up: committed " + committedAtRestart);
            assertTrue(engine.awaitCaughtUp(120_000));

            List<RawRecord> journal = engine.journal().readAll(1);
            Set<Long> sequences = new HashSet<>();
            journal.forEach(r -> sequences.add(r.sequence()));
            assertEquals(journaled, sequences.size(), "every journaled record has its own sequence");
            CdrReader reader = engine.database().cdrReader();
            CdrReader.KeyCounts counts = reader.countSequences("crash-pbx", 1, journaled + 1);
            assertEquals(journaled, counts.stored() + counts.quarantined(), "each journaled record once");
            assertEquals(0, counts.quarantined(), "the simulator sends only good records");
            assertEquals(journaled, reader.cdrCount(), "no row twice, no row that was never journaled");

            Poll.until(Duration.ofSeconds(60), "the raw dump to copy the journal",
                    () -> engine.rawDump().position() >= journaled);
            long[] next = {1};
            RawDumpFiles.Page page = engine.rawDumpFiles().read("crash-pbx", Instant.EPOCH, Instant.now(), 0, 200_000);
            while (true) {
                for (RawDumpLine line : page.lines()) {
                    assertEquals(next[0]++, line.sequence(), "the raw dump holds each sequence once, in order");
                }
                if (page.next() < 0) {
                    break;
                }
                page = engine.rawDumpFiles().read("crash-pbx", Instant.EPOCH, Instant.now(), page.next(), 200_000);
            }
            assertEquals(journaled + 1, next[0], "every journaled record is in the raw dump, after the kill -9 too");
        }
    }

    @Test
    void replayKilledPartWayAndRunAgainLeavesEveryLineOnce() throws Exception {
        int lines = 1_000_000;
        Path file = dir.resolve("avaya-dump.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            SimulatedFeed feed = new SimulatedFeed("avaya-unformatted", 11, lines, Instant.parse("2026-10-01T00:00:00Z"));
            while (feed.hasNext()) {
                out.write(feed.next());
                out.write('\r');
                out.write('\n');
            }
        }
        Path data = dir.resolve("data");
        String[] replay = {"replay", "--data", data.toString(), "--pbx", "avaya-hq", "--format", "avaya-unformatted",
            "--zone", "Asia/Shanghai", file.toString()};

        long fileBytes = Files.size(file);
        Process first = BluewhaleProcess.start(dir.resolve("replay-1.log"), replay);
        Poll.until(Duration.ofSeconds(120), "the first replay to journal the whole file",
                () -> journalBytes(data) > fileBytes);
        BluewhaleProcess.kill9(first);
        assertNotEquals(0, first.exitValue(), "the first replay was killed before it finished");

        Process second = BluewhaleProcess.start(dir.resolve("replay-2.log"), replay);
        assertEquals(0, second.waitFor(), Files.readString(dir.resolve("replay-2.log")));
        String summary = Files.readAllLines(dir.resolve("replay-2.log")).stream()
                .filter(l -> l.startsWith("records:")).findFirst().orElseThrow();
        assertEquals("records: 1000000, stored: 1000000, quarantined: 0", summary);

        Process third = BluewhaleProcess.start(dir.resolve("replay-3.log"), replay);
        assertEquals(0, third.waitFor());
        assertTrue(Files.readString(dir.resolve("replay-3.log")).contains("records: 1000000, stored: 1000000"));

        try (Engine engine = Engine.start(data, Config.empty())) {
            assertEquals(lines, engine.database().cdrReader().cdrCount(), "every line exactly once");
        }
    }

    private static long journalBytes(Path data) {
        return BluewhaleProcess.bytesOf(data.resolve("journal"), ".journal");
    }
}
