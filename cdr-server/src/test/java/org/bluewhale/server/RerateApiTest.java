package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.bluewhale.store.Database;
import org.bluewhale.web.auth.AdminBootstrap;
import org.bluewhale.web.auth.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-rating over the API of a running server: after a tariff version is added that covers a call
 * already stored, {@code POST /api/v1/rerate} prices it again in the background, its progress
 * ends DONE with the totals, the call costs the new price, the audit log names the operator, and
 * auditors and department managers are refused.
 */
class RerateApiTest {

    private static final String PASSWORD = "Correct-Horse-42";

    @TempDir
    Path data;

    @Test
    void aBillingManagerReratesAPeriodAfterATariffChange() throws Exception {
        Path model = Files.createDirectories(data.resolve("rating")).resolve("model.json");
        try (InputStream demo = ModelJson.class.getResourceAsStream("demo-model.json")) {
            Files.copy(demo, model);
        }
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0").with("rating.model", model.toString());
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String admin = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            addOperators(server.engine().database());
            // Tuesday 24 Nov 2026, 09:15 in Shanghai (peak), 95 s to Beijing (national, 6/6 s): billed 96 s at 0.25
            send(server, AvayaLines.line("241126 0915", 95, "A", "9", "2001", "01087654321"));
            Poll.until(Duration.ofSeconds(20), "the call stored", () -> server.engine().pipeline().committedPosition() >= 1);
            assertEquals(201, api.post("/api/v1/carriers/telecom/plans/business/versions", """
                    {"from": "2026-11-01T00:00+08:00",
                     "zones": {"national": {"first": 6, "increment": 6, "prices": {"peak": "1.00", "off-peak": "0.50"}}}}
                    """, "admin", admin).status());
            String period = """
                    {"from": "2026-11-24T00:00:00Z", "to": "2026-11-25T00:00:00Z"}""";

            for (String refused : new String[] {"auditor", "sales-mgr"}) {
                assertEquals(403, api.post("/api/v1/rerate", period, refused, PASSWORD).status(), refused);
            }
            assertEquals(400, api.post("/api/v1/rerate", "{\"from\": \"yesterday\"}", "billing", PASSWORD).status());
            ApiClient.Response started = api.post("/api/v1/rerate", period, "billing", PASSWORD);
            assertEquals(202, started.status(), started.body().toString());
            String job = "/api/v1/rerate/" + started.body().get("id").asLong();
            Poll.until(Duration.ofSeconds(20), "the job done", () -> status(api, job).equals("DONE"));

            JsonNode progress = api.get(job, "billing", PASSWORD).body();
            assertEquals(1, progress.get("callsTotal").asLong());
            assertEquals(1, progress.get("callsDone").asLong());
            assertEquals(1, progress.get("callsChanged").asLong());
            assertEquals(40, progress.get("costBeforeMinor").asLong(), "96 s at 0.25");
            assertEquals(160, progress.get("costAfterMinor").asLong(), "96 s at 1.00");
            assertEquals("billing", progress.get("operator").asText());
            assertEquals("1.60", api.get("/api/v1/cdrs", "admin", admin).body().get("items").get(0).get("cost").asText());
            assertEquals(1, api.get("/api/v1/rerate", "billing", PASSWORD).body().get("jobs").size());

            JsonNode audit = api.get("/api/v1/audit", "admin", admin).body();
            assertTrue(audit.toString().contains("\"billing\"") && audit.toString().contains("rerate-started")
                    && audit.toString().contains("2026-11-24T00:00:00Z to 2026-11-25T00:00:00Z"), audit.toString());
        }
    }

    /** The job's status, read by an auditor (who may watch but not start one). */
    private static String status(ApiClient api, String job) {
        try {
            return api.get(job, "auditor", PASSWORD).body().get("status").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void addOperators(Database db) {
        PasswordHasher hasher = new PasswordHasher(1_000);
        db.operatorRepository().create("billing", hasher.hash(PASSWORD), "billing-manager");
        db.operatorRepository().create("auditor", hasher.hash(PASSWORD), "auditor");
        int sales = db.orgRepository().addDepartment("Sales", null).id();
        db.operatorRepository().create("sales-mgr", hasher.hash(PASSWORD), "department-manager", sales);
    }

    private static void send(BluewhaleServer server, byte[] line) throws Exception {
        TcpListenConnector pbx = (TcpListenConnector) server.connector(DemoSetup.PBX);
        try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", pbx.boundPort()))) {
            sender.sendAsFastAsPossible(List.of(line).iterator());
        }
    }
}
