package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rsp.RspListener;
import org.bluewhale.rsp.bluewhale.MemoryOutbox;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspClientConfig;
import org.bluewhale.rsp.bluewhale.RspFrame;
import org.bluewhale.rsp.bluewhale.RspSender;
import org.bluewhale.server.config.Config;
import org.bluewhale.web.auth.AdminBootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The server watches its remote units: GET /api/v1/remote-units and the health report show each
 * one's link, records, when it was last heard from and what it last reported of itself; one silent past pbx.<id>.rsp-silent-after
 * is logged at WARN and shown silent until it is heard from again.
 */
class RemoteUnitWatchTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aUnitThatGoesSilentIsLoggedAndShownSilentUntilItIsHeardAgain() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger watchLogger = (Logger) LoggerFactory.getLogger(RemoteUnitWatch.class);
        watchLogger.addAppender(log);
        Level before = watchLogger.getLevel();
        watchLogger.setLevel(Level.INFO);
        String key = "the branch office key, long enough";
        // the test polls the API as fast as it answers: the rate limit is not what is tested here
        Config config = Config.empty().with("http.port", "0").with("http.rate-limit", "100000")
                .with("pbx.ru1.format", "avaya-unformatted").with("pbx.ru1.transport", "rsp")
                .with("pbx.ru1.bind", "127.0.0.1").with("pbx.ru1.port", "0")
                .with("pbx.ru1.rsp-psk-file", Files.writeString(dir.resolve("ru1.psk"), key).toString())
                .with("pbx.ru1.rsp-silent-after", "1s");
        try (BluewhaleServer server = BluewhaleServer.start(dir.resolve("data"), config, 0, false)) {
            ApiClient api = new ApiClient(server.httpPort());
            String password = Files.readString(dir.resolve("data").resolve(AdminBootstrap.PASSWORD_FILE)).trim();
            Poll.until(DEADLINE, "the unit that never came to be reported silent", () -> unit(api, password)
                    .get("silent").asBoolean());
            assertTrue(unit(api, password).get("lastHeardAt").isNull());

            RspListener listener = (RspListener) server.connector("ru1");
            RspClientConfig unit = RspClientConfig.of("127.0.0.1", listener.boundPort(), "ru1",
                    new RspAuth(key.getBytes(StandardCharsets.UTF_8)));
            List<byte[]> records = List.of(AvayaLines.line("241126 0915", 95, "A", "9", "2001", "004412345678"));
            try (RspSender sender = RspSender.start(unit, MemoryOutbox.resuming(1, records, 1))) {
                assertTrue(sender.awaitAcknowledged(1, DEADLINE));
                Poll.until(DEADLINE, "the unit to be heard again", () -> !unit(api, password).get("silent").asBoolean());
                JsonNode shown = unit(api, password);
                assertEquals("CONNECTED", shown.get("state").asText());
                assertEquals(1, shown.get("records").asLong());
                assertTrue(shown.get("lastHeardAt").isTextual(), shown.toString());
                assertTrue(shown.get("reported").isNull(), "a sender that never reported: " + shown);

                sender.report(new RspFrame.Status(250, 150, "CONNECTED", "local PBX reset the link"));
                Poll.until(DEADLINE, "the unit's own report to arrive", () -> !unit(api, password).get("reported").isNull());
                JsonNode reported = unit(api, password).get("reported");
                assertEquals(100, reported.get("backlog").asLong(), reported.toString());
                assertEquals(250, reported.get("journaled").asLong());
                assertEquals(150, reported.get("acknowledged").asLong());
                assertEquals("CONNECTED", reported.get("connector").asText());
                assertEquals("local PBX reset the link", reported.get("lastError").asText());
                assertTrue(reported.get("at").isTextual(), reported.toString());
            }
            Poll.until(DEADLINE, "the unit to be silent after it left", () -> unit(api, password)
                    .get("silent").asBoolean());
            assertTrue(server.health().get("remoteUnits").toString().contains("silent=true"), "a health detail");

            List<String> lines = log.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
            assertEquals(2, lines.stream().filter(l -> l.startsWith("WARN remote unit ru1 is silent")).count(), lines.toString());
            assertEquals(1, lines.stream().filter(l -> l.startsWith("INFO remote unit ru1 is heard from again")).count());
            assertEquals(401, api.get("/api/v1/remote-units").status(), "only administrators and auditors see them");
        } finally {
            watchLogger.detachAppender(log);
            watchLogger.setLevel(before);
        }
    }

    private static JsonNode unit(ApiClient api, String password) {
        try {
            ApiClient.Response response = api.get("/api/v1/remote-units", "admin", password);
            assertEquals(200, response.status(), response.body().toString());
            return response.body().get("units").get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
