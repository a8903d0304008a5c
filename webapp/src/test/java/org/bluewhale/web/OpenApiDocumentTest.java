package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bluewhale.web.auth.Anyone;
import org.bluewhale.web.auth.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document describes exactly the routes the server registers, with their roles. */
class OpenApiDocumentTest {

    @TempDir
    Path data;

    @Test
    void theDocumentListsEveryRouteWithTheRolesAllowedOnIt() {
        try (WebFixture web = new WebFixture(data)) {
            Http.Response response = web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/openapi.json");
            assertEquals(200, response.status());
            JsonNode doc = response.json();
            assertEquals("3.1.0", doc.get("openapi").asText());

            Map<String, String> documented = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fields().forEachRemaining(operation -> {
                    TreeSet<String> roles = new TreeSet<>();
                    operation.getValue().get("x-roles").forEach(r -> roles.add(r.asText()));
                    documented.put(operation.getKey().toUpperCase() + " " + path.getKey(), roles.toString());
                });
            }
            Map<String, String> registered = new TreeMap<>();
            for (Endpoint endpoint : web.server.endpoints()) {
                TreeSet<String> roles = new TreeSet<>();
                endpoint.roles().forEach(r -> roles.add(r == Anyone.ANYONE ? "anyone" : ((Role) r).id()));
                registered.put(endpoint.method().name() + " " + endpoint.path(), roles.toString());
            }
            assertEquals(registered, documented);
        }
    }
}
