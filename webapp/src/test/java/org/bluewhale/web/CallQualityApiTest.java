package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call's detail lists the quality reports its devices sent, found by the call's correlation id. */
class CallQualityApiTest {

    @TempDir
    Path dataDir;

    @Test
    void theCallDetailCarriesItsQualityReportsOldestFirst() {
        try (WebFixture web = new WebFixture(dataDir)) {
            web.storeCallWithQuality(100, WebFixture.DAY.plusSeconds(7200));
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);

            Http.Response response = admin.get("/api/v1/cdrs/hq/100");
            assertEquals(200, response.status(), response.body());
            JsonNode quality = response.json().get("quality");
            assertEquals(2, quality.size(), response.body());
            JsonNode phone = quality.get(0);
            assertEquals("SEP0011AABB2001", phone.get("device").asText());
            assertEquals("2001", phone.get("directoryNumber").asText());
            assertEquals("2026-11-24T03:00:42Z", phone.get("reportedAt").asText());
            assertEquals(2100, phone.get("packetsSent").asLong());
            assertEquals(3, phone.get("packetsLost").asLong());
            assertEquals(7, phone.get("jitterMs").asLong());
            assertEquals("4.2000", phone.get("mos").asText());
            assertEquals("0.0021", phone.get("concealmentRatio").asText());
            assertEquals("0.95", phone.get("metrics").get("MLQKvr").asText());
            JsonNode gateway = quality.get(1);
            assertEquals("SH-PSTN-CUBE", gateway.get("device").asText());
            assertEquals(12, gateway.get("latencyMs").asLong());
            assertTrue(gateway.get("mos").isNull(), gateway.toString());

            JsonNode withoutReports = admin.get("/api/v1/cdrs/hq/1").json().get("quality");
            assertEquals(0, withoutReports.size(), "a call without a correlation id has no reports");
        }
    }
}
