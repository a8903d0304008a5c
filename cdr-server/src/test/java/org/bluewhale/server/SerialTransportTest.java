package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bluewhale.connectors.serial.PtyPair;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole server with a PBX on a serial line: a real pty pair (socat) stands in for the cable. */
class SerialTransportTest {

    private static final String PBX = "serial-avaya";

    @TempDir
    Path temp;

    @Test
    void callsSentOverTheSerialLineAreRatedAndStoredAlsoAfterTheDeviceWasUnplugged() throws Exception {
        try (PtyPair pty = PtyPair.open(temp)) {
            Config config = DemoSetup.apply(Config.empty()).with("http.port", "0")
                    .with("pbx." + PBX + ".format", "avaya-unformatted")
                    .with("pbx." + PBX + ".site", "hq")
                    .with("pbx." + PBX + ".zone", "Asia/Shanghai")
                    .with("pbx." + PBX + ".transport", "serial")
                    .with("pbx." + PBX + ".serial-port", pty.bluewhaleEnd().toString())
                    .with("pbx." + PBX + ".baud", "115200")
                    .with("pbx." + PBX + ".parity", "none")
                    .with("pbx." + PBX + ".reconnect-max", "1s");
            try (BluewhaleServer server = BluewhaleServer.start(temp.resolve("data"), config, 0, false)) {
                Poll.until("the port open", () -> server.connector(PBX).status().state() == State.CONNECTED);
                send(pty, AvayaLines.text("241126 0915", 95, "A", "9", "2001", "004412345678") + "\r\n");
                Poll.until("the first call received", () -> server.connector(PBX).status().records() == 1);

                pty.unplug();
                Poll.until("FAILING while unplugged", () -> server.connector(PBX).status().state() == State.FAILING);
                pty.plugIn();
                Poll.until("the port reopened", () -> server.connector(PBX).status().state() == State.CONNECTED);
                send(pty, AvayaLines.text("241126 0916", 60, "A", "9", "2002", "62345678") + "\r\n");

                Poll.until("the second call received", () -> server.connector(PBX).status().records() == 2);
                Poll.until(Duration.ofSeconds(20), "both calls through the pipeline",
                        () -> server.engine().pipeline().committedPosition() >= 2);
                assertEquals(0, server.engine().database().cdrReader().quarantineCount());
                List<StoredCdr> calls = server.engine().database().cdrReader().find(CdrQuery.between(
                        Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z")).withPbx(PBX));
                assertEquals(List.of("2001", "2002"), calls.stream().map(StoredCdr::callingNumber).toList());
                // demo tariffs: 1.50 CNY/min per 30/6 + 0.50 fee for 95 s international; 0.10 for a local minute
                // demo model, Tuesday peak: UK 96 s at 2.00/min + 0.50 fee; Shanghai local, first 180 s at 0.10/min
                assertEquals(List.of("3.70", "0.30"), calls.stream().map(c -> c.cost().toBigDecimal().toPlainString()).toList());
                assertEquals(2, server.connector(PBX).status().records());
            }
        }
    }

    private static void send(PtyPair pty, String text) throws Exception {
        try (OutputStream pbx = pty.pbxOutput()) {
            pbx.write(text.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
