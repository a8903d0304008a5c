package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
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
 * On a running server, a department, a person and their extension added over the company API
 * charge the next call the PBX sends, without a restart: the new department's manager sees it.
 * The layouts the server offers are listed too.
 */
class CompanyEditApiTest {

    @TempDir
    Path data;

    @Test
    void anExtensionGivenOverTheApiChargesTheNextCallWithoutRestart() throws Exception {
        Config config = DemoSetup.apply(Config.empty()).with("http.port", "0");
        try (BluewhaleServer server = BluewhaleServer.start(data, config, 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            ApiClient.Response desk = api.post("/api/v1/org/departments", "{\"name\":\"Night Desk\"}", "admin", password);
            assertEquals(201, desk.status(), desk.body().toString());
            int deskId = desk.body().get("id").asInt();
            ApiClient.Response person = api.post("/api/v1/org/users",
                    "{\"name\":\"Ning\",\"departmentId\":" + deskId + "}", "admin", password);
            assertEquals(201, person.status(), person.body().toString());
            ApiClient.Response extension = api.post("/api/v1/org/users/" + person.body().get("id").asInt() + "/extensions",
                    "{\"number\":\"2777\"}", "admin", password);
            assertEquals(201, extension.status(), extension.body().toString());
            String managerPassword = "Correct-Horse-Battery-42";
            assertEquals(201, api.post("/api/v1/operators", "{\"login\":\"night\",\"password\":\"" + managerPassword
                    + "\",\"role\":\"department-manager\",\"departmentId\":" + deskId + "}", "admin", password).status());

            int port = ((TcpListenConnector) server.connector(DemoSetup.PBX)).boundPort();
            try (TcpRecordSender sender = TcpRecordSender.connect(new InetSocketAddress("127.0.0.1", port))) {
                sender.sendAsFastAsPossible(List.of(AvayaLines.line("241126 0915", 95, "A", "9", "2777", "62345678")).iterator());
            }
            Poll.until(Duration.ofSeconds(20), "the call stored", () -> server.engine().pipeline().committedPosition() >= 1);

            ApiClient.Response calls = api.get("/api/v1/cdrs", "night", managerPassword);
            assertEquals(List.of("2777"), calls.body().get("items").findValuesAsText("callingNumber"),
                    "the call is charged to Night Desk: " + calls.body());

            ApiClient.Response layouts = api.get("/api/v1/layouts", "admin", password);
            assertEquals(200, layouts.status(), layouts.body().toString());
            assertTrue(layouts.body().get("presets").size() >= 6, layouts.body().toString());
        }
    }
}
