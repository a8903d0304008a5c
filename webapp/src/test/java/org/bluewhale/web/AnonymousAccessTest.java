package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.web.auth.Anyone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route but health and login refuses a request without credentials, or with wrong ones. */
class AnonymousAccessTest {

    @TempDir
    Path data;

    @Test
    void everyEndpointButHealthAndLoginRefusesAnonymousAccess() {
        try (WebFixture web = new WebFixture(data)) {
            Set<String> open = web.server.endpoints().stream().filter(e -> e.roles().contains(Anyone.ANYONE))
                    .map(e -> e.method() + " " + e.path()).collect(Collectors.toSet());
            assertEquals(Set.of("GET /api/v1/health", "POST /api/v1/session"), open);

            List<Endpoint> closed = web.server.endpoints().stream().filter(e -> !e.roles().contains(Anyone.ANYONE)).toList();
            assertTrue(closed.size() >= 15, "all routes are listed: " + closed);
            for (Endpoint endpoint : closed) {
                String path = endpoint.path().replace("{pbx}", "hq").replace("{sequence}", "1")
                        .replace("{login}", "admin").replace("{id}", "1").replace("{name}", "x.txt").replaceAll("\\{[a-z]+}", "x");
                String body = endpoint.method() == HandlerType.GET || endpoint.method() == HandlerType.DELETE ? null : "{}";
                for (Http client : List.of(web.http(), web.http().basic("nobody", "wrong password"),
                        web.http().with("Authorization", "Bearer bw_not-a-token"),
                        web.http().with("Cookie", "bw_session=forged"))) {
                    Http.Response response = client.send(endpoint.method().name(), path, body);
                    assertEquals(401, response.status(), endpoint + " answered " + response.body());
                    assertTrue(response.header("Content-Type").startsWith("application/problem+json"), endpoint.toString());
                }
            }
            assertEquals(200, web.http().get("/api/v1/health").status());
        }
    }

    @Test
    void aBrowserScriptIsNotOfferedTheBasicLoginDialog() {
        try (WebFixture web = new WebFixture(data)) {
            assertTrue(web.http().get("/api/v1/cdrs").header("WWW-Authenticate").startsWith("Basic"));
            assertEquals(null, web.http().with("X-Requested-With", "bluewhale-ui").get("/api/v1/cdrs").header("WWW-Authenticate"));
        }
    }
}
