package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rating.ModelJson;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tariff editor on a running server with a model file: a price changed over the API prices the
 * next call the PBX sends, the call before keeps its price, and the change is still there after a
 * restart (it lives in the model file).
 */
class TariffEditApiTest {

    @TempDir
    Path data;

    @Test
    void aChangedPriceRatesTheNextCallAndSurvivesARestart() throws Exception {
        Path model = Files.createDirectories(data.resolve("rating")).resolve("model.json");
        try (InputStream demo = ModelJson.class.getResourceAsStream("demo-model.json")) {
            Files.copy(demo, model);
        }
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0").with("rating.model", model.toString());
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            // Tuesday 24 Nov 2026, 09:15 in Shanghai (peak), 95 s to Beijing (national, 6/6 s): billed 96 s
            send(server, AvayaLines.line("241126 0915", 95, "A", "9", "2001", "01087654321"));
            Poll.until(Duration.ofSeconds(20), "the first call stored", () -> server.engine().pipeline().committedPosition() >= 1);

            ApiClient.Response changed = api.post("/api/v1/carriers/telecom/plans/business/versions", """
                    {"from": "2026-11-01T00:00+08:00",
                     "zones": {"national": {"first": 6, "increment": 6, "prices": {"peak": "1.00", "off-peak": "0.50"}}}}
                    """, "admin", password);
            assertEquals(201, changed.status(), changed.body().toString());
            send(server, AvayaLines.line("241126 0916", 95, "A", "9", "2001", "01087654321"));
            Poll.until(Duration.ofSeconds(20), "the second call stored", () -> server.engine().pipeline().committedPosition() >= 2);

            JsonNode calls = api.get("/api/v1/cdrs?sort=start", "admin", password).body().get("items");
            assertEquals("0.40", calls.get(0).get("cost").asText(), "96 s at 0.25, rated before the change");
            assertEquals("1.60", calls.get(1).get("cost").asText(), "96 s at 1.00");
            assertEquals("telecom/business@2026-10-31T16:00:00Z/national", calls.get(1).get("tariff").asText());
        }
        try (BluewhaleServer again = BluewhaleServer.start(data, config, 0, false)) {
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            JsonNode versions = new ApiClient(again.httpPort()).get("/api/v1/carriers", "admin", password).body()
                    .get("carriers").get(0).get("plans").get(0).get("versions");
            assertEquals(3, versions.size(), versions.toString());
            assertEquals("1.00", versions.get(2).get("zones").get("national").get("prices").get("peak").asText());
        }
    }

    private static void send(BluewhaleServer server, byte[] line) throws Exception {
        TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
        try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", pbx.boundPort()))) {
            sender.sendAsFastAsPossible(List.of(line).iterator());
        }
    }
}
