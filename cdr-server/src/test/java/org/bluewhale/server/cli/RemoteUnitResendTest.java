package org.bluewhale.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.server.AvayaLines;
import org.bluewhale.server.BluewhaleServer;
import org.bluewhale.server.RemoteUnitSetup;
import org.bluewhale.server.config.Config;
import org.bluewhale.store.Database;
import org.bluewhale.store.cdr.CdrKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code remote-unit resend} against a real server: after the server lost calls (rows deleted, as
 * a restore from an old backup leaves it), re-sending the time range from the running unit's
 * journal puts back exactly the missing ones; re-sending a range the server has adds nothing; a
 * request made while the unit is stopped is carried out when it starts.
 */
class RemoteUnitResendTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int CALLS = 10;

    @TempDir
    Path dir;

    @Test
    void aResentRangeRestoresTheCallsTheServerLostAndDoublesNone() throws Exception {
        String key = Files.writeString(dir.resolve("unit.psk"), "the branch office key, long enough").toString();
        Config serverConfig = Config.empty().with("http.port", "0")
                .with("pbx.cm1.format", "avaya-unformatted").with("pbx.cm1.transport", "rsp")
                .with("pbx.cm1.bind", "127.0.0.1").with("pbx.cm1.port", "0").with("pbx.cm1.rsp-psk-file", key);
        try (BluewhaleServer server = BluewhaleServer.start(dir.resolve("server"), serverConfig, 0, false)) {
            RspListener listener = (RspListener) server.connector("cm1");
            Path drop = Files.createDirectories(dir.resolve("drop"));
            Path unitConfig = Files.writeString(dir.resolve("remote-unit.properties"), String.join("\n",
                    "unit.id=ru-test", "unit.server=127.0.0.1", "unit.psk-file=" + key,
                    "unit.reconnect-min=50ms", "unit.reconnect-max=200ms",
                    "pbx.cm1.format=avaya-unformatted", "pbx.cm1.transport=directory",
                    "pbx.cm1.directory=" + drop, "pbx.cm1.poll-every=100ms",
                    "pbx.cm1.forward-port=" + listener.boundPort()) + "\n");
            Path unitData = dir.resolve("unit");
            Instant to;
            Instant from = Instant.now();
            try (RemoteUnitSetup unit = RemoteUnitSetup.start(unitData, Config.load(unitConfig))) {
                Files.writeString(drop.resolve("calls.txt"), calls());
                Database database = server.engine().database();
                Poll.until(DEADLINE, "every call stored on the server", () -> database.cdrReader().cdrCount() == CALLS);
                to = Instant.now();

                assertEquals(4, deleteSequences(database, 3, 6), "the server lost calls 3 to 6");
                assertEquals(CALLS - 4, database.cdrReader().cdrCount());

                String queued = resend(unitConfig, unitData, from, to);
                assertTrue(queued.contains("queued: " + CALLS + " records of pbx cm1"), queued);
                Poll.until(DEADLINE, "the lost calls back", () -> database.cdrReader().cdrCount() == CALLS);
                assertEquals(CALLS, database.cdrReader().countSequences("cm1", 1, CALLS + 1).stored(),
                        "sequences 1 to " + CALLS + ", each once");
                awaitResendsDone(unitData);

                long resentBefore = listener.counters().resent();
                assertTrue(resend(unitConfig, unitData, from, to).contains("queued: " + CALLS + " records"));
                awaitResendsDone(unitData);
                assertEquals(resentBefore + CALLS, listener.counters().resent(), "the server journaled them again");
                Poll.until(DEADLINE, "the server to store what was re-sent", () -> server.engine().pipeline()
                        .committedPosition() >= server.engine().journal().writtenPosition());
                assertEquals(CALLS, database.cdrReader().cdrCount(), "a range the server has adds nothing");
                assertEquals(0, unit.unit().status().get(0).resending());

                String nothing = resend(unitConfig, unitData, to.plusSeconds(3600), to.plusSeconds(7200));
                assertTrue(nothing.contains("queued: 0 records"), nothing);
            }

            // a stopped unit: the request waits and the unit carries it out when it starts
            Database database = server.engine().database();
            assertEquals(2, deleteSequences(database, 9, 10));
            String waiting = resend(unitConfig, unitData, from, Instant.now(), "--wait", "PT0.2S");
            assertTrue(waiting.contains("no running unit took the request on"), waiting);
            try (RemoteUnitSetup unit = RemoteUnitSetup.start(unitData, Config.load(unitConfig))) {
                Poll.until(DEADLINE, "the calls back after the unit started",
                        () -> database.cdrReader().cdrCount() == CALLS);
                awaitResendsDone(unitData);
            }
            assertEquals(CALLS, database.cdrReader().countSequences("cm1", 1, CALLS + 1).stored());
        }
    }

    private static String calls() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= CALLS; i++) {
            lines.add(AvayaLines.text(String.format("241126 09%02d", i), 30 + i, "A", "9", "2001",
                    "0044123456" + String.format("%02d", i)));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /** What a restore from an old backup leaves: the rows of those sequences gone. */
    private static int deleteSequences(Database database, long first, long last) throws Exception {
        int pbx = database.pbxRegistry().idOf("cm1").orElseThrow();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM cdr WHERE cdr_key BETWEEN ? AND ?")) {
            delete.setLong(1, CdrKey.of(pbx, first));
            delete.setLong(2, CdrKey.of(pbx, last));
            return delete.executeUpdate();
        }
    }

    private static String resend(Path config, Path data, Instant from, Instant to, String... more) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new ArrayList<>(List.of("remote-unit", "resend", "--config", config.toString(),
                    "--data", data.toString(), "--pbx", "cm1", "--from", from.toString(), "--to", to.toString()));
            args.addAll(List.of(more));
            assertEquals(0, Main.run(args.toArray(String[]::new)));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The unit removes a request once the server acknowledged all of it. */
    private static void awaitResendsDone(Path data) {
        Poll.until(DEADLINE, "the unit to finish its re-sends", () -> {
            try (Stream<Path> files = Files.list(data.resolve("resend"))) {
                return files.noneMatch(f -> f.getFileName().toString().endsWith(".request"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
