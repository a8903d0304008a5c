package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/replay} on a running server: a time range of the raw journal through the pipeline again. */
class ReplayApiTest {

    @TempDir
    Path data;

    @Test
    void replayingARangeSendsItsRecordsThroughThePipelineAgainAndStoresNothingTwice() throws Exception {
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0");
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
            Instant before = Instant.now();
            try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", pbx.boundPort()))) {
                sender.sendAsFastAsPossible(List.of(
                        AvayaLines.line("241126 0915", 95, "A", "9", "2001", "004412345678"),
                        AvayaLines.line("241126 0916", 60, "A", "9", "2002", "62345678")).iterator());
            }
            Poll.until(Duration.ofSeconds(20), "two calls stored", () -> server.engine().pipeline().committedPosition() >= 2);
            Instant after = Instant.now();
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            String range = "/api/v1/replay?from=" + before + "&to=" + after;

            ApiClient.Response replayed = api.post(range + "&pbx=" + DemoSetup.PBX, "admin", password);
            assertEquals(200, replayed.status(), replayed.body().toString());
            assertEquals(2, replayed.body().get("records").asLong());
            Poll.until(Duration.ofSeconds(20), "the copies through the pipeline",
                    () -> server.engine().pipeline().committedPosition() >= 4);
            assertEquals(2, server.engine().database().cdrReader().cdrCount(), "each call stored once");
            assertEquals(0, api.post(range + "&pbx=another", "admin", password).body().get("records").asLong());

            Poll.until(Duration.ofSeconds(20), "the raw dump to copy the journal",
                    () -> server.engine().rawDump().position() >= server.engine().journal().writtenPosition());
            ApiClient.Response dump = api.get("/api/v1/rawdump/" + DemoSetup.PBX + "/records?from=" + before
                    + "&to=2999-01-01T00:00:00Z", "admin", password);
            assertEquals(200, dump.status(), dump.body().toString());
            assertEquals(List.of(1L, 2L), dump.body().get("items").findValues("sequence").stream()
                    .map(n -> n.asLong()).toList(), "the raw dump has each received record once, not the replayed copies");

            assertEquals(401, api.post(range, null, null).status());
            ApiClient.Response noFrom = api.post("/api/v1/replay?to=" + after, "admin", password);
            assertEquals(400, noFrom.status());
            assertTrue(noFrom.body().get("detail").asText().startsWith("from is required"), noFrom.body().toString());
        }
    }
}
