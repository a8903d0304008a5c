package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.bluewhale.connectors.tls.TestCertificates;
import org.bluewhale.core.testing.FaultProxy;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.store.cdr.CdrReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulator -> remote unit -> server, each its own JVM (the unit in -Xmx128m), over TLS with a
 * pre-shared key and compression: a million records while a fault proxy between unit and server
 * drops the link at random points a hundred times, the unit is killed with kill -9 twice and the
 * server once. At the end the server's database holds each record exactly once.
 */
class RemoteUnitEndToEndTest {

    private static final int RECORDS = 1_000_000;
    /** A journal entry of one of the simulator's Avaya records takes about this many bytes. */
    private static final long ENTRY_BYTES = 134;
    private static final int DROPS = 100;

    @TempDir
    Path dir;
    private int runs;

    @Test
    void aMillionRecordsArriveExactlyOnceThroughLinkCutsAndKills() throws Exception {
        TestCertificates tls = TestCertificates.create(Files.createDirectories(dir.resolve("tls")));
        Path serverKey = write("server.psk", "the key between this unit and the server");
        Path pbxKey = write("pbx.psk", "the key between the simulated PBX and the unit");
        int serverPort = BluewhaleProcess.freePort();
        int unitPort = BluewhaleProcess.freePort();
        Path serverData = dir.resolve("server-data");
        Path serverConfig = write("server.properties", String.join("\n",
                "pbx.ru-pbx.format=avaya-unformatted", "pbx.ru-pbx.zone=Asia/Shanghai", "pbx.ru-pbx.transport=rsp",
                "pbx.ru-pbx.bind=127.0.0.1", "pbx.ru-pbx.port=" + serverPort,
                "pbx.ru-pbx.rsp-psk-file=" + serverKey, "pbx.ru-pbx.rsp-tls-certificate=" + tls.certificatePem(),
                "pbx.ru-pbx.rsp-tls-key=" + tls.keyPem(), "pbx.ru-pbx.rsp-keep-alive=2s",
                "pbx.ru-pbx.rsp-dead-peer-timeout=10s", ""));

        try (FaultProxy link = FaultProxy.to(serverPort)) {
            Path unitData = dir.resolve("unit-data");
            Path unitConfig = write("unit.properties", String.join("\n",
                    "unit.id=ru-e2e", "unit.server=localhost", "unit.psk-file=" + serverKey,
                    "unit.tls-trust=" + tls.certificatePem(), "unit.reconnect-min=50ms", "unit.reconnect-max=500ms",
                    "unit.ack-timeout=5s", "unit.status-every=1s",
                    "pbx.ru-pbx.format=avaya-unformatted", "pbx.ru-pbx.transport=rsp", "pbx.ru-pbx.bind=127.0.0.1",
                    "pbx.ru-pbx.port=" + unitPort, "pbx.ru-pbx.rsp-psk-file=" + pbxKey,
                    "pbx.ru-pbx.rsp-keep-alive=2s", "pbx.ru-pbx.rsp-dead-peer-timeout=10s",
                    "pbx.ru-pbx.forward-port=" + link.port(), ""));
            String[] server = {"start", "--data", serverData.toString(), "--config", serverConfig.toString(),
                "--http-port", "0"};
            String[] unit = {"remote-unit", "--config", unitConfig.toString(), "--data", unitData.toString()};

            Process[] running = new Process[3]; // server, unit, simulator: whatever happens, none outlives the test
            try {
                running[0] = BluewhaleProcess.start(log("server"), server);
                running[1] = BluewhaleProcess.startWithHeap(log("unit"), "-Xmx128m", unit);
                Path simulatorLog = log("simulator");
                running[2] = BluewhaleProcess.startWithHeap(simulatorLog, "-Xmx256m", "simulate", "--transport", "rsp",
                        "--to", "127.0.0.1:" + unitPort, "--peer", "ru-pbx", "--psk-file", pbxKey.toString(),
                        "--format", "avaya-unformatted", "--count", Integer.toString(RECORDS), "--rate", "12500",
                        "--seed", "9");

                AtomicInteger drops = new AtomicInteger();
                Thread chaos = new Thread(() -> dropRandomly(link, drops), "link-chaos");
                chaos.setDaemon(true);
                chaos.start();

                // the first kill while the PBX still feeds the unit, the others while the unit forwards
                Path status = unitData.resolve("status.properties");
                awaitJournaled(unitData.resolve("journal").resolve("ru-pbx"), 300_000);
                BluewhaleProcess.kill9(running[1]);
                running[1] = BluewhaleProcess.startWithHeap(log("unit"), "-Xmx128m", unit);
                awaitAcknowledged(status, 400_000);
                BluewhaleProcess.kill9(running[0]);
                running[0] = BluewhaleProcess.start(log("server"), server);
                awaitAcknowledged(status, 700_000);
                BluewhaleProcess.kill9(running[1]);
                running[1] = BluewhaleProcess.startWithHeap(log("unit"), "-Xmx128m", unit);

                assertEquals(0, running[2].waitFor(), "the simulator delivered everything to the unit: "
                        + Files.readString(simulatorLog));
                awaitAcknowledged(status, RECORDS);
                chaos.join(30_000);
                assertEquals(DROPS, drops.get(), "link drops that broke an open connection");
                running[1].destroy();
                running[0].destroy();
                assertTrue(running[1].waitFor() >= 0 && running[0].waitFor() >= 0);
            } finally {
                for (Process process : running) {
                    if (process != null && process.isAlive()) {
                        BluewhaleProcess.kill9(process);
                    }
                }
            }
        }

        Config stopped = Config.load(serverConfig).with("pbx.ru-pbx.transport", "none");
        try (Engine engine = Engine.start(serverData, stopped)) {
            assertTrue(engine.awaitCaughtUp(120_000));
            CdrReader reader = engine.database().cdrReader();
            assertEquals(new CdrReader.KeyCounts(RECORDS, 0), reader.countSequences("ru-pbx", 1, RECORDS + 1L),
                    "every sequence of the unit once, none quarantined");
            assertEquals(RECORDS, reader.cdrCount(), "no record twice, none that was never sent");
        }
    }

    /**
     * Drops the link at random moments, every 200-700 ms, until it has broken {@link #DROPS} open
     * connections (a moment with no connection open does not count). The PBX feeds the unit at
     * 12,500 records/s, so the transfer outlasts the hundred cuts.
     */
    private static void dropRandomly(FaultProxy link, AtomicInteger drops) {
        Random random = new Random(2026);
        while (drops.get() < DROPS) {
            LockSupport.parkNanos(Duration.ofMillis(200 + random.nextInt(500)).toNanos());
            if (link.drop() > 0) {
                drops.incrementAndGet();
            }
        }
    }

    private static void awaitJournaled(Path journal, long records) {
        Poll.until(Duration.ofSeconds(120), "the unit to journal " + records + " records",
                () -> BluewhaleProcess.bytesOf(journal, ".journal") > records * ENTRY_BYTES);
    }

    /** Waits until the unit's status file says the server acknowledged at least {@code records}. */
    private static void awaitAcknowledged(Path status, long records) {
        Poll.until(Duration.ofSeconds(150), "the server to acknowledge " + records + " records to the unit",
                () -> acknowledged(status) >= records);
    }

    private static long acknowledged(Path status) {
        try {
            Properties values = new Properties();
            try (var in = Files.newBufferedReader(status)) {
                values.load(in);
            }
            return Long.parseLong(values.getProperty("pbx.ru-pbx.acknowledged", "0"));
        } catch (IOException | NumberFormatException notYet) {
            return 0;
        }
    }

    private Path log(String process) {
        return dir.resolve(runs++ + "-" + process + ".log");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

}
