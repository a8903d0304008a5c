package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.server.sim.SimulatedFeed;
import org.bluewhale.store.cdr.StoredQuarantine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PBX link that carries garbage between good records: binary noise, truncated lines, a 1 MB
 * line, records of another format. Every good record is stored, every bad one quarantined with
 * its reason, and the link keeps flowing.
 */
class GarbageStreamTest {

    @TempDir
    Path data;

    @Test
    void goodRecordsAreStoredAndEveryBadOneIsQuarantinedWithItsReason() throws Exception {
        List<byte[]> good = SimulatedFeed.generate("avaya-unformatted", 3, 2_000, Instant.parse("2026-11-02T00:00:00Z"));
        List<byte[]> cucm = SimulatedFeed.generate("cucm", 3, 20, Instant.parse("2026-11-02T00:00:00Z"));
        Random random = new Random(5);
        byte[] megabyte = new byte[1 << 20];
        Arrays.fill(megabyte, (byte) '7');
        List<byte[]> stream = new ArrayList<>();
        int garbage = 0;
        for (int i = 0; i < good.size(); i++) {
            stream.add(good.get(i));
            if (i % 100 == 50) {
                byte[] noise = new byte[200];
                random.nextBytes(noise);
                for (int b = 0; b < noise.length; b++) {
                    noise[b] = noise[b] == '\n' ? 0 : noise[b]; // one record of noise, not several
                }
                stream.add(noise);
                stream.add(Arrays.copyOf(good.get(i), 40)); // truncated line
                stream.add(cucm.get(2 + (i / 100) % 18)); // a record of the wrong format
                garbage += 3;
            }
        }
        stream.add(1000, megabyte);
        garbage++;

        Config config = DemoSetup.apply(Config.empty());
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
            try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", pbx.boundPort()))) {
                sender.sendAsFastAsPossible(stream.iterator());
                int total = stream.size();
                Poll.until(Duration.ofSeconds(30), "every record accounted for",
                        () -> server.engine().pipeline().committedPosition() >= total);
                assertEquals(ConnectorStatus.State.CONNECTED, pbx.status().state(), "the link is still up");

                // The link still flows after the garbage.
                sender.sendAsFastAsPossible(List.of(good.get(0)).iterator());
                Poll.until(Duration.ofSeconds(30), "a record sent after the garbage",
                        () -> server.engine().pipeline().committedPosition() >= total + 1);
            }
            var reader = server.engine().database().cdrReader();
            assertEquals(good.size() + 1, reader.cdrCount());
            List<StoredQuarantine> quarantined = reader.quarantine(10_000, 0);
            assertEquals(garbage, quarantined.size());
            Map<String, Long> reasons = quarantined.stream().collect(Collectors.groupingBy(
                    q -> q.reason().replaceAll("[0-9]+|'.*'|0x[0-9a-f]+", "#"), Collectors.counting()));
            assertTrue(quarantined.stream().allMatch(q -> !q.reason().isBlank() && q.raw().length > 0), reasons.toString());
            StoredQuarantine huge = quarantined.stream().filter(StoredQuarantine::truncated).findFirst().orElseThrow();
            assertEquals(8192, huge.raw().length, "the head of the 1 MB line is kept");
            assertTrue(huge.reason().contains("framing limit"), huge.reason());
            assertTrue(reasons.size() >= 3, "distinct reasons for distinct faults: " + reasons);
            assertTrue(new String(quarantined.get(0).raw(), StandardCharsets.ISO_8859_1).length() > 0);
        }
    }
}
