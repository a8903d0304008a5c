package org.bluewhale.connectors.serial;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.bluewhale.connectors.tcp.CountingSink;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;

/**
 * Does the serial connector keep up with a 115200-baud line? (Not a test: run its main; needs
 * socat.) A pty pair does not emulate a baud rate, so two figures are taken over a real socat
 * pair: the connector's ceiling (records written as fast as the pty takes them) and a run paced
 * at exactly 115200 baud 8N1 (11,520 bytes/s), where every record must arrive with the line's
 * delay and no backlog. Records are 92 bytes + CR LF, the size of an Avaya customized record.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.bluewhale.connectors.serial.SerialThroughputBenchmark</pre>
 */
public final class SerialThroughputBenchmark {

    private static final int BAUD = 115_200;
    private static final int BITS_PER_BYTE = 10; // 8N1: start + 8 data + stop
    private static final byte[] RECORD = record();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double lineRate = (double) BAUD / BITS_PER_BYTE / RECORD.length;
        System.out.printf("115200 baud 8N1 carries %.1f records/s of %d bytes%n", lineRate, RECORD.length);
        Path directory = Files.createTempDirectory("serial-bench");
        for (int round = 0; round < rounds; round++) {
            double ceiling = run(directory, 200_000, 0);
            double paced = run(directory, (int) (lineRate * 5), BAUD);
            System.out.printf("round %d: ceiling %,.0f records/s (%.0fx the line) | paced at 115200: %,.1f records/s%n",
                    round, ceiling, ceiling / lineRate, paced);
        }
    }

    /** Writes {@code records} (paced at {@code baud}, or as fast as possible when 0) and returns records/s received. */
    static double run(Path directory, int records, int baud) throws Exception {
        CountingSink counting = new CountingSink();
        try (PtyPair pty = PtyPair.open(directory);
             SerialConnector connector = new SerialConnector(
                     SerialConfig.of("bench", pty.bluewhaleEnd().toString(), BAUD, 8192), counting)) {
            connector.start();
            Poll.until("the port open", () -> connector.status().state() == State.CONNECTED);
            long start = System.nanoTime();
            try (OutputStream pbx = pty.pbxOutput()) {
                long nanosPerRecord = baud == 0 ? 0 : 1_000_000_000L * RECORD.length * BITS_PER_BYTE / baud;
                for (int i = 0; i < records; i++) {
                    if (nanosPerRecord > 0) {
                        long due = start + i * nanosPerRecord;
                        while (System.nanoTime() < due) {
                            LockSupport.parkNanos(due - System.nanoTime());
                        }
                    }
                    pbx.write(RECORD);
                    pbx.flush();
                }
            }
            Poll.until(Duration.ofMinutes(2), "every record received", () -> counting.records.get() == records);
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static byte[] record() {
        byte[] line = new byte[94];
        Arrays.fill(line, (byte) ' ');
        byte[] text = "241126 0915 0095 A 9           2001               004412345678".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, line, 0, text.length);
        line[92] = '\r';
        line[93] = '\n';
        return line;
    }
}
