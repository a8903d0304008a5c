package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.web.auth.LoginGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lockout after five failures, session cookies with CSRF protection, and the audit log of it all. */
class LoginSecurityTest {

    @TempDir
    Path data;

    private static String credentials(String login, String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFiveMinutes() {
        try (WebFixture web = new WebFixture(data)) {
            Http http = web.http();
            for (int i = 1; i < LoginGuard.MAX_FAILURES; i++) {
                assertEquals(401, http.send("POST", "/api/v1/session", credentials("billing", "guess " + i)).status());
            }
            Http.Response locked = http.send("POST", "/api/v1/session", credentials("billing", "guess 5"));
            assertEquals(423, locked.status(), locked.body());
            Http.Response stillLocked = http.send("POST", "/api/v1/session", credentials("billing", WebFixture.PASSWORD));
            assertEquals(423, stillLocked.status(), "even the right password waits out the lock");
            assertEquals("300", stillLocked.header("Retry-After"));
            assertEquals(423, http.basic("billing", WebFixture.PASSWORD).get("/api/v1/cdrs").status(), "Basic too");

            web.clock.advance(Duration.ofMinutes(4));
            assertEquals(423, http.send("POST", "/api/v1/session", credentials("billing", WebFixture.PASSWORD)).status());
            web.clock.advance(Duration.ofMinutes(1));
            assertEquals(201, http.send("POST", "/api/v1/session", credentials("billing", WebFixture.PASSWORD)).status());

            List<String> actions = web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/audit").json()
                    .get("items").findValuesAsText("action");
            assertTrue(actions.containsAll(List.of("login-failed", "account-locked", "login-refused", "login")), actions.toString());
        }
    }

    @Test
    void anAdministratorUnlocksAnAccount() {
        try (WebFixture web = new WebFixture(data)) {
            for (int i = 0; i < LoginGuard.MAX_FAILURES; i++) {
                web.http().send("POST", "/api/v1/session", credentials("auditor", "nope"));
            }
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            assertTrue(admin.get("/api/v1/operators").body().contains("\"login\":\"auditor\",\"role\":\"auditor\","
                    + "\"departmentId\":null"), "listed");
            assertEquals(204, admin.send("POST", "/api/v1/operators/auditor/unlock", null).status());
            assertEquals(201, web.http().send("POST", "/api/v1/session", credentials("auditor", WebFixture.PASSWORD)).status());
        }
    }

    @Test
    void aSessionIsAnHttpOnlySameSiteCookieAndChangesNeedItsCsrfToken() {
        try (WebFixture web = new WebFixture(data)) {
            Http.Response login = web.http().send("POST", "/api/v1/session", credentials("billing", WebFixture.PASSWORD));
            assertEquals(201, login.status(), login.body());
            String setCookie = login.header("Set-Cookie");
            assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String csrf = login.json().get("csrfToken").asText();
            assertTrue(csrf.length() >= 40, csrf);
            Http browser = web.http().with("Cookie", cookie);

            assertEquals("billing-manager", browser.get("/api/v1/session").json().get("role").asText());
            assertEquals(200, browser.get("/api/v1/cdrs").status(), "reading needs no token");
            String token = "{\"name\":\"scraper\"}";
            assertEquals(403, browser.send("POST", "/api/v1/tokens", token).status(), "no CSRF token");
            assertEquals(403, browser.with("X-CSRF-Token", csrf + "x").send("POST", "/api/v1/tokens", token).status());
            Http.Response crossSite = browser.with("X-CSRF-Token", csrf).with("Origin", "https://evil.example")
                    .send("POST", "/api/v1/tokens", token);
            assertEquals(403, crossSite.status(), crossSite.body());
            assertEquals(403, browser.send("DELETE", "/api/v1/session", null).status(), "logout needs it too");
            assertEquals(201, browser.with("X-CSRF-Token", csrf).send("POST", "/api/v1/tokens", token).status());
            assertEquals(204, browser.with("X-CSRF-Token", csrf).send("DELETE", "/api/v1/session", null).status());
            assertEquals(401, browser.get("/api/v1/cdrs").status(), "logged out");
        }
    }

    @Test
    void anApiTokenActsAsItsOperatorUntilRevokedAndOnlyItsHashIsStored() {
        try (WebFixture web = new WebFixture(data)) {
            Http billing = web.http().basic("billing", WebFixture.PASSWORD);
            JsonNode created = billing.send("POST", "/api/v1/tokens", "{\"name\":\"nightly export\"}").json();
            String secret = created.get("token").asText();
            assertTrue(secret.startsWith("bw_") && secret.length() > 40, secret);
            assertTrue(web.db.apiTokens().list(null).stream().noneMatch(t -> t.tokenHash().contains(secret.substring(3))));
            assertNotNull(web.db.apiTokens().list(null).get(0).tokenHash());
            Http machine = web.http().with("Authorization", "Bearer " + secret);
            assertEquals(6, machine.get("/api/v1/cdrs").json().get("total").asLong());
            assertEquals(200, machine.get("/metrics").status(), "Prometheus scrapes with a token");
            assertEquals(403, machine.get("/api/v1/audit").status(), "with the rights of its operator only");
            assertEquals(404, web.http().basic("sales-mgr", WebFixture.PASSWORD)
                    .send("DELETE", "/api/v1/tokens/" + created.get("id").asInt(), null).status(), "not theirs");
            assertEquals(204, billing.send("DELETE", "/api/v1/tokens/" + created.get("id").asInt(), null).status());
            assertEquals(401, machine.get("/api/v1/cdrs").status());
            List<String> actions = web.http().basic("admin", WebFixture.PASSWORD).get("/api/v1/audit").json()
                    .get("items").findValuesAsText("action");
            assertTrue(actions.containsAll(List.of("token-created", "token-revoked")), actions.toString());
        }
    }

    @Test
    void rolesLimitWhatAnOperatorMayDoAndThePasswordPolicyHolds() {
        try (WebFixture web = new WebFixture(data)) {
            String newOperator = "{\"login\":\"eve\",\"password\":\"%s\",\"role\":\"auditor\",\"departmentId\":null}";
            Http.Response byAuditor = web.http().basic("auditor", WebFixture.PASSWORD)
                    .send("POST", "/api/v1/operators", newOperator.formatted("Another-Strong-1"));
            assertEquals(403, byAuditor.status(), "an auditor changes nothing");
            assertEquals(403, web.http().basic("auditor", WebFixture.PASSWORD)
                    .send("POST", "/api/v1/tokens", "{\"name\":\"x\"}").status());
            assertEquals(403, web.http().basic("billing", WebFixture.PASSWORD).get("/api/v1/audit").status());
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            Http.Response weak = admin.send("POST", "/api/v1/operators", newOperator.formatted("short"));
            assertEquals(400, weak.status());
            assertTrue(weak.json().get("detail").asText().contains("at least 12"), weak.body());
            assertEquals(400, admin.send("POST", "/api/v1/operators", newOperator.formatted("alllowercaseletters")).status());
            assertEquals(201, admin.send("POST", "/api/v1/operators", newOperator.formatted("Another-Strong-1")).status());
            assertEquals(409, admin.send("POST", "/api/v1/operators", newOperator.formatted("Another-Strong-1")).status());
            assertEquals(200, web.http().basic("eve", "Another-Strong-1").get("/api/v1/audit").status());

            Http eve = web.http().basic("eve", "Another-Strong-1");
            assertEquals(401, eve.send("PUT", "/api/v1/operators/eve/password",
                    "{\"currentPassword\":\"wrong\",\"newPassword\":\"Yet-Another-Strong-2\"}").status());
            assertEquals(204, eve.send("PUT", "/api/v1/operators/eve/password",
                    "{\"currentPassword\":\"Another-Strong-1\",\"newPassword\":\"Yet-Another-Strong-2\"}").status());
            assertEquals(401, eve.get("/api/v1/cdrs").status(), "the old password no longer works");
            List<String> actions = admin.get("/api/v1/audit").json().get("items").findValuesAsText("action");
            assertTrue(actions.containsAll(List.of("operator-created", "password-changed")), actions.toString());
        }
    }
}
