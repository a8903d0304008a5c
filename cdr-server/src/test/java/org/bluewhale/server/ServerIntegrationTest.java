package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole server: a PBX over a real TCP socket, records through the pipeline, read back over HTTP. */
class ServerIntegrationTest {

    @TempDir
    Path data;

    /** Outgoing international call from extension 2001, 95 s, started 24 Nov 2026 09:15 Shanghai time. */
    private static final byte[] INTERNATIONAL = AvayaLines.line("241126 0915", 95, "A", "9", "2001", "004412345678");
    private static final byte[] LOCAL_60S = AvayaLines.line("241126 0916", 60, "A", "9", "2002", "62345678");

    @Test
    void recordsFromAPbxSocketAppearRatedInTheApi() throws Exception {
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0");
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();

            assertTrue(api.text("/").contains("<title>Bluewhale</title>"), "the web UI for a browser");
            ApiClient.Response health = api.get("/api/v1/health");
            assertEquals(200, health.status());
            assertEquals("UP", health.body().get("status").asText());

            List<byte[]> records = new ArrayList<>(List.of(INTERNATIONAL, LOCAL_60S,
                    "\u0001\u0002 binary noise".getBytes(StandardCharsets.ISO_8859_1),
                    "241126 0917 0012 A".getBytes(StandardCharsets.US_ASCII)));
            try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", pbx.boundPort()))) {
                sender.sendAsFastAsPossible(records.iterator());
            }
            Poll.until(Duration.ofSeconds(20), "4 records stored or quarantined",
                    () -> server.engine().pipeline().committedPosition() >= 4);

            ApiClient.Response page = api.get("/api/v1/cdrs?pbx=" + DemoSetup.PBX, "admin", password);
            assertEquals(200, page.status(), page.body().toString());
            assertEquals(2, page.body().get("total").asLong());
            JsonNode international = page.body().get("items").get(0);
            assertEquals("2001", international.get("callingNumber").asText());
            assertEquals("INTERNATIONAL", international.get("callClass").asText());
            assertEquals("2026-11-24T01:15:00Z", international.get("start").asText());
            assertEquals("2026-11-24T09:15+08:00", international.get("startLocal").asText());
            // demo model, trunk group 9 unassigned: the default carrier China Telecom, europe zone from
            // 2026-07-01: 2.00 CNY/min per 30/6 + 0.50 fee: 95 s bills 96 s = 3.20 + 0.50
            assertEquals("3.70", international.get("cost").asText());
            assertEquals("CNY", international.get("currency").asText());
            assertEquals("0.00", international.get("savings").asText(), "Telecom is also the reference carrier");
            // Shanghai local at peak: first 3 minutes at 0.10
            assertEquals("0.30", page.body().get("items").get(1).get("cost").asText());

            ApiClient.Response quarantine = api.get("/api/v1/quarantine", "admin", password);
            assertEquals(200, quarantine.status(), quarantine.body().toString());
            assertEquals(2, quarantine.body().get("total").asLong());
            JsonNode noise = quarantine.body().get("items").get(1); // newest first: the noise came before the short line
            assertEquals("\\x01\\x02 binary noise", noise.get("rawText").asText());
            assertEquals("AQIgYmluYXJ5IG5vaXNl", noise.get("rawBase64").asText());
            for (JsonNode item : quarantine.body().get("items")) {
                assertTrue(item.get("reason").asText().contains("at least 70"), "too short to be a CDR: " + item);
            }
            assertEquals(401, api.get("/api/v1/quarantine").status());

            assertEquals(401, api.get("/metrics").status(), "metrics need an operator or an API token");
            String metrics = api.text("/metrics", "admin", password);
            assertTrue(metrics.contains("bluewhale_pipeline_records_total{outcome=\"stored\"} 2.0"), metrics);
            assertTrue(metrics.contains("bluewhale_pipeline_records_total{outcome=\"quarantined\"} 2.0"), metrics);
            assertTrue(metrics.contains("bluewhale_connector_records_total{pbx=\"demo-avaya\"} 4.0"), metrics);
            assertTrue(metrics.contains("bluewhale_connector_state{pbx=\"demo-avaya\",state=\"LISTENING\"} 1.0")
                    || metrics.contains("bluewhale_connector_state{pbx=\"demo-avaya\",state=\"CONNECTED\"} 1.0"), metrics);
            assertTrue(metrics.contains("bluewhale_journal_lag_records 0.0"), metrics);
            assertTrue(metrics.contains("bluewhale_offline_mode{mode=\"ONLINE\"} 1.0"), metrics);
            assertTrue(metrics.contains("bluewhale_offline_backlog_records 0.0"), metrics);
            assertTrue(metrics.contains("bluewhale_cluster_members 1.0"), metrics);
            assertTrue(metrics.contains("bluewhale_cluster_leader 1.0"), metrics);
            JsonNode cluster = api.get("/api/v1/cluster", "admin", password).body();
            assertFalse(cluster.get("clustered").asBoolean(), "single-node without cluster.zookeeper");
            assertTrue(cluster.get("owners").findValuesAsText("pbx").contains(DemoSetup.PBX), cluster.toString());
            assertEquals(List.of(cluster.get("nodeId").asText()), cluster.get("owners").findValuesAsText("node").stream()
                    .distinct().toList(), "the single server owns every PBX");

            ApiClient.Response health2 = api.get("/api/v1/health");
            assertEquals(2, health2.body().get("pipeline").get("quarantined").asLong());
            assertEquals(2, health2.body().get("pipeline").get("stored").asLong());
            assertEquals(4, health2.body().get("connectors").get(DemoSetup.PBX).get("records").asLong());
            assertEquals("ONLINE", health2.body().get("offline").get("mode").asText());
            assertEquals(0, health2.body().get("offline").get("backlogRecords").asLong());
        }
    }

    @Test
    void theApiRefusesAnonymousAndWrongCredentialsAndExplainsBadQueries() throws Exception {
        Config config = DemoSetup.apply(Config.empty());
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            assertTrue(password.length() >= 16, "generated password is long: " + password.length());

            ApiClient.Response anonymous = api.get("/api/v1/cdrs");
            assertEquals(401, anonymous.status());
            assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
            assertEquals(401, api.get("/api/v1/cdrs", "admin", password + "x").status());
            assertEquals(401, api.get("/api/v1/cdrs", "admin", "admin").status());

            ApiClient.Response bad = api.get("/api/v1/cdrs?from=yesterday", "admin", password);
            assertEquals(400, bad.status());
            assertTrue(bad.body().get("detail").asText().contains("from='yesterday'"), bad.body().toString());
            assertEquals(200, api.get("/api/v1/cdrs?limit=5&offset=0", "admin", password).status());
        }
    }
}
