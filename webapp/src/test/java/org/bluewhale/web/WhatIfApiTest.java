package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/what-if} over the real API and the demo carriers: a day's stored calls priced
 * over every plan per destination zone, the cheapest one that prices them all, a plan that cannot
 * price some calls never chosen, department scope, and clear refusals.
 */
class WhatIfApiTest {

    @TempDir
    Path data;

    private static final String DAY = "from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z";

    @Test
    void eachDestinationShowsWhatEveryPlanWouldHaveCharged() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            Instant tuesdayTenAm = Instant.parse("2026-12-01T02:00:00Z"); // Shanghai, peak
            web.rateAndStore(5001, "2001", "900442079460000", tuesdayTenAm, 95); // London
            web.rateAndStore(5002, "2001", "900493012345678", tuesdayTenAm.plusSeconds(600), 30); // Berlin
            web.rateAndStore(5003, "2002", "901087654321", tuesdayTenAm.plusSeconds(1200), 125); // Beijing
            web.rateAndStore(5004, "2002", "2001", tuesdayTenAm.plusSeconds(1800), 40); // internal

            Http.Response response = web.http().basic("billing", WebFixture.PASSWORD).get("/api/v1/what-if?" + DAY);
            assertEquals(200, response.status(), response.body());
            JsonNode whatIf = response.json();
            assertEquals("CNY", whatIf.get("currency").asText());
            assertEquals(List.of("telecom/business", "unicom/enterprise", "sip/tie-line"), texts(whatIf.get("plans")));
            assertEquals(4, whatIf.get("calls").asLong());
            assertEquals(1, whatIf.get("notCompared").asLong(), "the internal call");

            JsonNode europe = destination(whatIf, "europe");
            assertEquals(2, europe.get("calls").asLong());
            assertEquals(125, europe.get("seconds").asLong());
            // Telecom: 30/6 at 2.00 + 0.50 fee, 96 s 3.70 and 30 s 1.50; Unicom: 6/6 at 1.20, min 0.20, 1.92 and 0.60
            assertEquals("5.20", europe.get("totals").get("telecom/business").asText());
            assertEquals("2.52", europe.get("totals").get("unicom/enterprise").asText());
            assertEquals(2, europe.get("unpriced").get("sip/tie-line").asLong(), "the tie line prices on-net calls only");
            assertEquals("unicom/enterprise", europe.get("cheapest").asText());
            // Beijing, 125 s: Telecom 126 s at 0.25 = 0.53, Unicom 60 + 66 s at 0.18 = 0.38
            JsonNode national = destination(whatIf, "national");
            assertEquals("0.53", national.get("totals").get("telecom/business").asText());
            assertEquals("0.38", national.get("totals").get("unicom/enterprise").asText());
            assertEquals("unicom/enterprise", national.get("cheapest").asText());

            JsonNode one = web.http().basic("billing", WebFixture.PASSWORD)
                    .get("/api/v1/what-if?" + DAY + "&plans=telecom/business").json();
            assertEquals(List.of("telecom/business"), texts(one.get("plans")));
            assertEquals("telecom/business", destination(one, "europe").get("cheapest").asText());
        }
    }

    @Test
    void scopeAndRefusals() throws Exception {
        try (WebFixture web = new WebFixture(data)) {
            web.rateAndStore(5001, "2001", "900442079460000", Instant.parse("2026-12-01T02:00:00Z"), 95);
            assertEquals(1, web.http().basic("sales-mgr", WebFixture.PASSWORD).get("/api/v1/what-if?" + DAY)
                    .json().get("calls").asLong(), "Alice is in Export, under Sales");
            JsonNode support = web.http().basic("support-mgr", WebFixture.PASSWORD).get("/api/v1/what-if?" + DAY).json();
            assertEquals(0, support.get("calls").asLong());
            assertEquals(0, support.get("destinations").size());

            Http billing = web.http().basic("billing", WebFixture.PASSWORD);
            Http.Response unknown = billing.get("/api/v1/what-if?" + DAY + "&plans=nobody/cheap");
            assertEquals(400, unknown.status());
            assertTrue(unknown.json().get("detail").asText().contains("telecom/business"), "lists the plans there are");
            assertEquals(400, billing.get("/api/v1/what-if?to=2026-12-02T00:00:00Z").status(), "from is required");
            assertEquals(400, billing.get("/api/v1/what-if?" + DAY + "&currency=XYZ1").status());
            assertEquals(400, billing.get("/api/v1/what-if?" + DAY + "&currency=EUR").status(), "no plan in euros");
            assertEquals(401, web.http().get("/api/v1/what-if?" + DAY).status());
        }
    }

    private static JsonNode destination(JsonNode whatIf, String name) {
        for (JsonNode d : whatIf.get("destinations")) {
            if (d.get("destination").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no destination " + name + " in " + whatIf);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
