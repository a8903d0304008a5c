package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/cluster}: the nodes, who owns which PBX and the failovers, to those who see the connectors. */
class ClusterApiTest {

    @TempDir
    Path data;

    @Test
    void aSingleServerSaysSoAndOwnsEveryPbx() {
        try (WebFixture web = new WebFixture(data)) {
            JsonNode cluster = web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/cluster").json();

            assertEquals("bw-1", cluster.get("nodeId").asText());
            assertFalse(cluster.get("clustered").asBoolean());
            assertTrue(cluster.get("connected").asBoolean());
            assertEquals(List.of("bw-1"), texts(cluster.get("members")));
            assertEquals("bw-1", cluster.get("leader").asText());
            assertEquals(1, cluster.get("owners").size());
            JsonNode hq = cluster.get("owners").get(0);
            assertEquals("hq", hq.get("pbx").asText());
            assertEquals("bw-1", hq.get("node").asText());
            assertEquals(0, hq.get("epoch").asLong(), "no fence on a single server");
            assertEquals(0, cluster.get("recentChanges").size());
            assertEquals(0, cluster.get("changeCounts").get("NODE_LEFT").asLong());
        }
    }

    @Test
    void aClusteredNodeListsMembersLeaderOwnersWithEpochsAndTheFailovers() {
        try (WebFixture web = new WebFixture(data)) {
            web.cluster.set(WebFixture.clustered());
            JsonNode cluster = web.http().basic("billing", WebFixture.PASSWORD).get("/api/v1/cluster").json();

            assertTrue(cluster.get("clustered").asBoolean());
            assertEquals("paris", cluster.get("group").asText());
            assertEquals(List.of("bw-1", "bw-2"), texts(cluster.get("members")));
            assertEquals("bw-1", cluster.get("leader").asText());
            assertEquals(List.of("cucm", "hotel", "hq"), cluster.get("owners").findValuesAsText("pbx"));
            assertEquals(7, cluster.get("owners").get(0).get("epoch").asLong());
            JsonNode failover = cluster.get("recentChanges").get(0);
            assertEquals("cucm", failover.get("pbx").asText());
            assertEquals("bw-3", failover.get("from").asText());
            assertEquals("bw-2", failover.get("to").asText());
            assertEquals(7, failover.get("epoch").asLong());
            assertEquals("2026-11-24T09:15:00Z", failover.get("at").asText(), "an ISO instant in UTC");
            assertEquals("NODE_LEFT", failover.get("reason").asText());
            assertEquals(1, cluster.get("changeCounts").get("NODE_LEFT").asLong());
        }
    }

    @Test
    void administratorsBillingManagersAndAuditorsMaySeeItDepartmentManagersMayNot() {
        try (WebFixture web = new WebFixture(data)) {
            for (String login : List.of("admin", "billing", "auditor")) {
                assertEquals(200, web.http().basic(login, WebFixture.PASSWORD).get("/api/v1/cluster").status(), login);
            }
            assertEquals(403, web.http().basic("sales-mgr", WebFixture.PASSWORD).get("/api/v1/cluster").status());
            assertEquals(401, web.http().get("/api/v1/cluster").status());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }
}
