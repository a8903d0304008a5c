package org.bluewhale.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.server.AvayaLines;
import org.bluewhale.server.BluewhaleServer;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.store.cdr.CdrReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole servers with PBXs on the rsp and avaya-rsp transports, fed by the simulator and a simulated CM. */
class RspTransportTest {

    @TempDir
    Path temp;

    private Config pbx(String id, String transport) {
        return DemoSetup.apply(Config.empty()).with("http.port", "0")
                .with("pbx." + id + ".format", "avaya-unformatted")
                .with("pbx." + id + ".site", "hq")
                .with("pbx." + id + ".zone", "Asia/Shanghai")
                .with("pbx." + id + ".transport", transport)
                .with("pbx." + id + ".bind", "127.0.0.1")
                .with("pbx." + id + ".port", "0");
    }

    @Test
    void simulateOverRspDeliversEveryRecordIntoTheDatabaseRated() throws Exception {
        Path key = temp.resolve("branch.psk");
        Files.writeString(key, "a branch office key of some length\n");
        Config config = pbx("ru-branch", "rsp").with("pbx.ru-branch.rsp-psk-file", key.toString());
        try (BluewhaleServer server = BluewhaleServer.start(temp.resolve("data"), config, 0, false)) {
            RspListener listener = (RspListener) server.connector("ru-branch");
            assertEquals(State.LISTENING, listener.status().state());
            assertEquals(0, Main.run("simulate", "--transport", "rsp", "--to", "127.0.0.1:" + listener.boundPort(),
                    "--peer", "ru-branch", "--psk-file", key.toString(), "--format", "avaya-unformatted",
                    "--count", "300", "--rate", "max", "--seed", "4"));
            Poll.until(Duration.ofSeconds(20), "300 calls stored",
                    () -> server.engine().pipeline().committedPosition() >= 300);
            CdrReader cdrs = server.engine().database().cdrReader();
            assertEquals(300, cdrs.cdrCount());
            assertEquals(new CdrReader.KeyCounts(300, 0), cdrs.countSequences("ru-branch", 1, 301));
            assertEquals(300, listener.status().records());
        }
    }

    @Test
    void anAvayaCmInReliableModeIsAcknowledgedAndItsCallsStored() throws Exception {
        try (BluewhaleServer server = BluewhaleServer.start(temp.resolve("data"), pbx("cm-hq", "avaya-rsp"), 0, false)) {
            RspListener listener = (RspListener) server.connector("cm-hq");
            try (Socket cm = new Socket(InetAddress.getLoopbackAddress(), listener.boundPort())) {
                OutputStream out = cm.getOutputStream();
                DataInputStream in = new DataInputStream(cm.getInputStream());
                out.write(new byte[17]); // the session start: 17 bytes
                in.readFully(new byte[11]);
                byte[] text = (AvayaLines.text("241126 0915", 95, "A", "9", "2001", "004412345678") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] packet = new byte[5 + text.length];
                packet[0] = (byte) 0x80;
                packet[1] = (byte) packet.length;
                packet[2] = 1;
                packet[3] = 9;
                System.arraycopy(text, 0, packet, 5, text.length);
                out.write(packet);
                byte[] ack = new byte[5];
                in.readFully(ack);
                assertEquals(9, ack[3], "the ack carries CM's counter");
            }
            Poll.until(Duration.ofSeconds(20), "the call stored", () -> server.engine().pipeline().committedPosition() >= 1);
            assertEquals(1, server.engine().database().cdrReader().cdrCount());
        }
    }

    @Test
    void rspWithoutAKeyOrClientCertificatesIsAConfigurationError() {
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> BluewhaleServer.start(temp.resolve("data"), pbx("ru1", "rsp"), 0, false));
        assertTrue(e.getMessage().contains("needs a pre-shared key or TLS with client certificates"), e.getMessage());
    }
}
