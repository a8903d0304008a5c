package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.bluewhale.core.RatedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/cdrs/{pbx}/{sequence}/rating} over the real API and the demo rating model:
 * the trace of a call says which carrier priced it and why, at which prefix, zone and band, and
 * adds up to what was billed; the reference carrier's pricing and the savings; a call billed
 * under another model says it does not match; department scope and authentication hold.
 */
class RatingTraceApiTest {

    @TempDir
    Path data;

    @Test
    void aCallsTraceExplainsItsCostAndTheReferenceCarriers() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            ObjectNode hq = (ObjectNode) admin.get("/api/v1/sites").json().get("sites").get(0);
            hq.put("defaultCarrier", "unicom"); // telecom stays the reference carrier
            assertEquals(200, admin.send("PUT", "/api/v1/sites/hq", hq.toString()).status());
            Instant tuesdayTenAm = Instant.parse("2026-12-01T02:00:00Z"); // Shanghai, peak
            RatedCall rated = web.rateAndStore(4001, "2001", "901087654321", tuesdayTenAm, 61);

            Http.Response response = web.http().basic("billing", WebFixture.PASSWORD).get("/api/v1/cdrs/hq/4001/rating");
            assertEquals(200, response.status(), response.body());
            JsonNode trace = response.json();
            assertEquals("hq", trace.get("site").asText());
            assertEquals("NATIONAL", trace.get("callClass").asText());
            assertEquals("+861087654321", trace.get("e164").asText());
            assertEquals("site default", trace.get("carrierChoice").asText());

            JsonNode actual = trace.get("actual");
            assertTrue(actual.get("version").asText().startsWith("unicom/enterprise@"), actual.toString());
            assertEquals("national", actual.get("zone").asText());
            assertEquals(66, actual.get("billedSeconds").asLong(), "first 60 s, then 6-second steps");
            assertEquals("0.198", actual.get("exact").asText(), "66 s at 0.18 a minute");
            assertEquals(rated.cost().toBigDecimal().toPlainString(), actual.get("cost").asText());
            long partSeconds = 0;
            for (JsonNode part : actual.get("parts")) {
                assertEquals("peak", part.get("band").asText());
                partSeconds += part.get("billedSeconds").asLong();
            }
            assertEquals(66, partSeconds, "the parts add up to the billed time");
            assertTrue(trace.get("matchesStored").asBoolean());

            JsonNode reference = trace.get("reference");
            assertTrue(reference.get("version").asText().startsWith("telecom/business@"), reference.toString());
            assertEquals("0.275", reference.get("exact").asText(), "66 s at 0.25 a minute, the version in force since July 2026");
            BigDecimal savings = new BigDecimal(reference.get("cost").asText()).subtract(new BigDecimal(actual.get("cost").asText()));
            assertEquals(savings.toPlainString(), trace.get("savings").asText());
        }
    }

    @Test
    void aCallBilledUnderAnotherModelSaysSoAndScopeHolds() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            // the fixture's calls were stored with made-up prices (30 fen x sequence), not by this model
            JsonNode trace = web.http().basic("sales-mgr", WebFixture.PASSWORD).get("/api/v1/cdrs/hq/1/rating").json();
            assertFalse(trace.get("matchesStored").asBoolean(), trace.toString());
            assertEquals("0.30", trace.get("stored").get("cost").asText());

            // call 3 is Carol's, in Support
            assertEquals(404, web.http().basic("sales-mgr", WebFixture.PASSWORD).get("/api/v1/cdrs/hq/3/rating").status());
            assertEquals(200, web.http().basic("support-mgr", WebFixture.PASSWORD).get("/api/v1/cdrs/hq/3/rating").status());
            assertEquals(401, web.http().get("/api/v1/cdrs/hq/3/rating").status());
            assertEquals(400, web.http().basic("admin", WebFixture.PASSWORD).get("/api/v1/cdrs/hq/x/rating").status());
        }
    }
}
