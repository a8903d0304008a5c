package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.demo.DemoSetup;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Try it on this sample line" over the real API: fields and leg, or the exact reason; operators only. */
class LayoutPreviewApiTest {

    @TempDir
    Path data;

    @Test
    void previewDecodesTheSampleOrSaysWhyAndNeedsAnOperator() throws Exception {
        String request = """
                { "zone": "Asia/Shanghai",
                  "layout": { "name": "hotel", "kind": "regex",
                              "pattern": "(?<start>\\\\S+ \\\\S+) (?<secs>\\\\d+) (?<room>\\\\d+) (?<number>\\\\d+)",
                              "fields": { "start": "start", "duration": "secs", "calling": "room", "dialed": "number" },
                              "formats": { "start": "yyyy-MM-dd HH:mm" } },
                  "sample": "2026-01-24 09:31 42 8012 013912345678\\n2026-01-24 09:3x 42 8012 013912345678" }
                """;
        try (BluewhaleServer server = BluewhaleServer.start(data, DemoSetup.apply(Config.empty()), 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(data.resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            assertEquals(401, api.post("/api/v1/layouts/preview", request, null, null).status());

            ApiClient.Response answer = api.post("/api/v1/layouts/preview", request, "admin", password);
            assertEquals(200, answer.status(), answer.body().toString());
            assertEquals("leg", answer.body().get("lines").get(0).get("outcome").asText());
            assertEquals("2026-01-24T01:31:00Z", answer.body().get("lines").get(0).get("leg").get("start").asText());
            assertEquals("8012", answer.body().get("lines").get(0).get("fields").get("calling").asText());
            assertEquals("start '2026-01-24 09:3x' (group 'start') is not a date-time like yyyy-MM-dd HH:mm",
                    answer.body().get("lines").get(1).get("reason").asText());

            ApiClient.Response broken = api.post("/api/v1/layouts/preview",
                    request.replace("\"kind\": \"regex\"", "\"kind\": \"csv\""), "admin", password);
            assertEquals("layout 'hotel': kind 'csv'; expected fixed, delimited or regex",
                    broken.body().get("layoutError").asText());
            ApiClient.Response avaya = api.post("/api/v1/layouts/preview", """
                    { "layout": "name = cm\\nfield.start = 0-11\\ndate-pattern = ddMMyy HHmm\\nfield.duration = 12-16\\nfield.calling-number = 17-21\\nfield.dialed-number = 22-40",
                      "sample": "240126 0931 0042 2101 13912345678", "zone": "Asia/Shanghai" }
                    """, "admin", password);
            assertEquals("2026-01-24T01:31:00Z", avaya.body().get("lines").get(0).get("leg").get("start").asText(),
                    avaya.body().toString());
            ApiClient.Response bad = api.post("/api/v1/layouts/preview", "{\"sample\": 1}", "admin", password);
            assertEquals(400, bad.status());
        }
    }
}
