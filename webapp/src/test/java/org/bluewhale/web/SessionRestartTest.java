package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.web.auth.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browser sessions live in the main database: a session opened on one server is still logged in,
 * with the same CSRF token, on a new server over the same database (a restart), while the
 * database holds only the hash of its id; logging out and the idle limit still end it after the
 * restart.
 */
class SessionRestartTest {

    private static final String BILLING = "{\"login\": \"billing\", \"password\": \"" + WebFixture.PASSWORD + "\"}";
    private static final String TOKEN = "{\"name\": \"after the restart\"}";

    @TempDir
    Path data;

    @Test
    void aSessionOutlivesARestartAndStillEndsByLogoutOrIdleness() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            Session first = login(web.http());
            try (ApiServer restarted = web.newServer()) {
                Http again = http(restarted).with("Cookie", first.cookie());
                Http.Response current = again.get("/api/v1/session");
                assertEquals(200, current.status(), current.body());
                assertEquals(first.csrf(), current.json().get("csrfToken").asText());
                assertEquals(201, again.with("X-CSRF-Token", first.csrf()).send("POST", "/api/v1/tokens", TOKEN).status());
                assertEquals(403, again.send("POST", "/api/v1/tokens", TOKEN).status(), "CSRF is still checked");

                List<String> stored = storedIdHashes(web);
                String id = first.cookie().substring(first.cookie().indexOf('=') + 1);
                assertEquals(List.of(Digests.sha256Hex(id)), stored, "only the hash of the id is kept");
                assertFalse(stored.contains(id));

                assertEquals(204, again.with("X-CSRF-Token", first.csrf()).send("DELETE", "/api/v1/session", null).status());
            }
            try (ApiServer third = web.newServer()) {
                assertEquals(401, http(third).with("Cookie", first.cookie()).get("/api/v1/session").status(),
                        "a logout holds after the next restart");
                Session idle = login(http(third));
                web.clock.advance(Duration.ofMinutes(31));
                try (ApiServer fourth = web.newServer()) {
                    assertEquals(401, http(fourth).with("Cookie", idle.cookie()).get("/api/v1/session").status(),
                            "idle for more than 30 minutes, across a restart");
                }
            }
        }
    }

    private record Session(String cookie, String csrf) {
    }

    private static Session login(Http http) {
        Http.Response login = http.send("POST", "/api/v1/session", BILLING);
        assertEquals(201, login.status(), login.body());
        String setCookie = login.header("Set-Cookie");
        return new Session(setCookie.substring(0, setCookie.indexOf(';')), login.json().get("csrfToken").asText());
    }

    private static Http http(ApiServer server) {
        return new Http("http://127.0.0.1:" + server.port());
    }

    private static List<String> storedIdHashes(WebFixture web) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (Connection c = web.db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT id_hash FROM web_session")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
