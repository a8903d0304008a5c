package org.bluewhale.connectors.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.connectors.tcp.RecordingSink;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real pty pair (socat) between a simulated PBX and the serial connector. */
class SerialConnectorTest {

    @TempDir
    Path temp;

    @Test
    void linesWrittenByThePbxAreJournaledInOrderWithPartialLinesJoined() throws Exception {
        RecordingSink sink = new RecordingSink();
        try (PtyPair pty = PtyPair.open(temp); SerialConnector connector = openOn(pty, sink)) {
            try (OutputStream pbx = pty.pbxOutput()) {
                write(pbx, "first record\r\nsecond ");
                write(pbx, "record\r\nthird record\r\n");
            }
            Poll.until("three records journaled", () -> sink.recordCount() == 3);
            assertEquals(List.of("first record", "second record", "third record"), sink.lines());
            ConnectorStatus status = connector.status();
            assertEquals(3, status.records());
            assertEquals("first recordsecond recordthird record".length(), status.bytes());
            assertTrue(status.lastRecordAt() != null);
        }
    }

    @Test
    void theDeviceVanishingIsReportedAndReadingResumesWhenItComesBack() throws Exception {
        RecordingSink sink = new RecordingSink();
        try (PtyPair pty = PtyPair.open(temp); SerialConnector connector = openOn(pty, sink)) {
            send(pty, "before the unplug\r\n");
            Poll.until("the first record journaled", () -> sink.recordCount() == 1);

            pty.unplug();
            Poll.until("FAILING while the device is gone", () -> connector.status().state() == State.FAILING);
            assertTrue(connector.status().lastError().contains("bluewhale-tty"), connector.status().lastError());

            pty.plugIn();
            Poll.until("the port reopened", () -> connector.status().state() == State.CONNECTED);
            send(pty, "after the plug-in\r\n");
            Poll.until("the second record journaled", () -> sink.recordCount() == 2);
            assertEquals(List.of("before the unplug", "after the plug-in"), sink.lines());
        }
    }

    @Test
    void whileTheJournalIsFullThePortIsNotReadAndReadingResumesWhenItAccepts() throws Exception {
        RecordingSink sink = new RecordingSink();
        try (PtyPair pty = PtyPair.open(temp); SerialConnector connector = openOn(pty, sink)) {
            sink.refuse();
            send(pty, "journaled, then the journal is full\r\n");
            Poll.until("PAUSED", () -> connector.status().state() == State.PAUSED);
            send(pty, "waits in the line\r\n");
            assertEquals(1, sink.recordCount(), "the port is not read while the journal is full");

            sink.accept();
            Poll.until("reading again", () -> sink.recordCount() == 2);
            assertEquals(List.of("journaled, then the journal is full", "waits in the line"), sink.lines());
            assertEquals(State.CONNECTED, connector.status().state());
        }
    }

    @Test
    void aPortThatDoesNotExistIsFailingWithTheReason() {
        RecordingSink sink = new RecordingSink();
        SerialConfig config = SerialConfig.of("pbx1", temp.resolve("no-such-tty").toString(), 9600, 8192);
        try (SerialConnector connector = new SerialConnector(config, sink)) {
            connector.start();
            Poll.until("FAILING", () -> connector.status().state() == State.FAILING);
            assertTrue(connector.status().lastError().startsWith("cannot open"), connector.status().lastError());
        }
        assertEquals(0, sink.recordCount());
    }

    /** A connector on the pty's Bluewhale end, started, with its port open. */
    private static SerialConnector openOn(PtyPair pty, RecordingSink sink) {
        SerialConnector connector = new SerialConnector(SerialConfig.of("pbx1", pty.bluewhaleEnd().toString(), 115_200,
                8192).withBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), sink);
        connector.start();
        Poll.until("the port open", () -> connector.status().state() == State.CONNECTED);
        return connector;
    }

    private static void send(PtyPair pty, String text) throws Exception {
        try (OutputStream pbx = pty.pbxOutput()) {
            write(pbx, text);
        }
    }

    private static void write(OutputStream out, String text) throws Exception {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
