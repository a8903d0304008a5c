package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tcp.TcpRecordSender;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping and starting a PBX connector over the API on a running server: stopped, its port
 * refuses connections and it reports STOPPED; started again, it listens and the next record is
 * stored. Only administrators may; every change is audited.
 */
class ConnectorSwitchApiTest {

    @TempDir
    Path data;

    @Test
    void aStoppedConnectorRefusesThePbxAndAStartedOneReceivesAgain() throws Exception {
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0");
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            String pbx = DemoSetup.PBX;
            int port = ((TcpListenConnector) server.connector(pbx)).boundPort();
            assertEquals("LISTENING", state(api, password, pbx));

            ApiClient.Response stopped = api.post("/api/v1/connectors/" + pbx + "/stop", "admin", password);
            assertEquals(200, stopped.status(), stopped.body().toString());
            assertEquals("STOPPED", stopped.body().get("state").asText());
            assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close(), "the port is closed");
            assertEquals(409, api.post("/api/v1/connectors/" + pbx + "/stop", "admin", password).status());

            ApiClient.Response started = api.post("/api/v1/connectors/" + pbx + "/start", "admin", password);
            assertEquals(200, started.status(), started.body().toString());
            assertEquals("LISTENING", started.body().get("state").asText());
            int newPort = ((TcpListenConnector) server.connector(pbx)).boundPort();
            try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", newPort))) {
                sender.sendAsFastAsPossible(List.of(AvayaLines.line("241126 0915", 95, "A", "9", "2001", "62345678")).iterator());
            }
            Poll.until(Duration.ofSeconds(20), "the call stored", () -> server.engine().pipeline().committedPosition() >= 1);

            assertEquals(404, api.post("/api/v1/connectors/nope/stop", "admin", password).status());
            JsonNode audit = api.get("/api/v1/audit", "admin", password).body();
            assertEquals(2, audit.findValuesAsText("action").stream().filter(a -> a.startsWith("connector-")).count(),
                    audit.toString());
        }
    }

    private static String state(ApiClient api, String password, String pbx) throws Exception {
        for (JsonNode c : api.get("/api/v1/connectors", "admin", password).body()) {
            if (c.get("pbx").asText().equals(pbx)) {
                return c.get("state").asText();
            }
        }
        throw new AssertionError("no connector " + pbx);
    }
}
