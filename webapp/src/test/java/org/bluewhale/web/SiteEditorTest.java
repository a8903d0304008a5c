package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites over the real API: a changed site (here its default carrier) rates the next call, a site
 * the model cannot use is refused with why and changes nothing, and only administrators change sites.
 */
class SiteEditorTest {

    @TempDir
    Path data;

    @Test
    void aChangedSiteRatesTheNextCallAndABadOneChangesNothing() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            Instant peak = Instant.parse("2026-12-01T02:00:00Z");
            assertTrue(web.rateAndStore(3001, "2001", "901087654321", peak, 61).tariff().startsWith("telecom/"));

            ObjectNode hq = (ObjectNode) admin.get("/api/v1/sites").json().get("sites").get(0);
            assertEquals("hq", hq.get("id").asText());
            hq.put("defaultCarrier", "unicom");
            Http.Response changed = admin.send("PUT", "/api/v1/sites/hq", hq.toString());
            assertEquals(200, changed.status(), changed.body());
            assertTrue(web.rateAndStore(3002, "2001", "901087654321", peak, 61).tariff().startsWith("unicom/"),
                    "the next call goes over the new default carrier");

            String before = Files.readString(web.ratingModel);
            hq.put("defaultCarrier", "nobody");
            Http.Response bad = admin.send("PUT", "/api/v1/sites/hq", hq.toString());
            assertEquals(400, bad.status(), bad.body());
            assertTrue(bad.json().get("detail").asText().contains("nobody"), bad.body());
            assertEquals(before, Files.readString(web.ratingModel));
            assertEquals(400, admin.send("PUT", "/api/v1/sites/beijing", hq.toString()).status(), "the id cannot change");
            assertEquals(403, web.http().basic("billing", WebFixture.PASSWORD).send("PUT", "/api/v1/sites/hq", hq.toString()).status());
        }
    }
}
