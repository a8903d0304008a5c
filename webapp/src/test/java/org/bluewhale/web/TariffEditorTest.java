package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bluewhale.core.RatedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tariff editor over a real rating model file: a change is a new plan version that the rating
 * uses for the next call (and the file keeps, so a restart keeps it), older calls keep their
 * version, a wrong change changes nothing, and only administrators and billing managers change.
 */
class TariffEditorTest {

    /** Telecom's national zone as the demo model has it since 2026-07-01: 6/6 s at 0.25 peak, 0.15 off-peak. */
    private static final String NATIONAL_AT_ONE_YUAN = """
            {"from": "2026-12-01T00:00:00Z",
             "zones": {"national": {"first": 6, "increment": 6, "prices": {"peak": "1.00", "off-peak": "1.00"}}}}""";
    private static final String VERSIONS = "/api/v1/carriers/telecom/plans/business/versions";
    /** Shanghai to Beijing (8610: national), 61 s: billed 66 s. */
    private static final String BEIJING = "901087654321";

    @TempDir
    Path data;
    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(data);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aNewVersionPricesTheNextCallAndKeepsTheOlderOnesPrices() throws Exception {
        Instant before = Instant.parse("2026-11-30T02:00:00Z"); // a Monday, 10:00 in Shanghai: peak
        Instant after = Instant.parse("2026-12-01T02:00:00Z");
        assertEquals("0.28", web.rateAndStore(1001, "2001", BEIJING, after, 61).cost().toBigDecimal().toPlainString(),
                "66 s at 0.25 a minute, rounded half up");

        Http.Response added = web.http().basic("billing", WebFixture.PASSWORD).send("POST", VERSIONS, NATIONAL_AT_ONE_YUAN);
        assertEquals(201, added.status(), added.body());
        assertEquals("telecom/business@2026-12-01T00:00:00Z", added.json().get("version").asText());

        RatedCall next = web.rateAndStore(1002, "2001", BEIJING, after, 61);
        assertEquals("1.10", next.cost().toBigDecimal().toPlainString(), "66 s at 1.00 a minute");
        assertEquals("telecom/business@2026-12-01T00:00:00Z/national", next.tariff());
        assertEquals("0.28", web.rateAndStore(1003, "2001", BEIJING, before, 61).cost().toBigDecimal().toPlainString(),
                "a call before the change is priced by the version it started in");

        JsonNode plan = web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/carriers").json()
                .get("carriers").get(0).get("plans").get(0);
        JsonNode versions = plan.get("versions");
        assertEquals(3, versions.size());
        assertEquals("2026-12-01T00:00:00Z", versions.get(1).get("to").asText(), "the old version ends where the new starts");
        assertEquals("1.00", versions.get(2).get("zones").get("national").get("prices").get("peak").asText());
        assertTrue(Files.readString(web.ratingModel).contains("\"1.00\""), "the model file keeps the change");
        JsonNode audit = web.http().basic("admin", WebFixture.PASSWORD).get("/api/v1/audit").json();
        assertTrue(audit.toString().contains("tariff-version-added"), audit.toString());
    }

    @Test
    void aWrongChangeIsRefusedWithWhereItIsWrongAndChangesNothing() throws Exception {
        String before = Files.readString(web.ratingModel);
        Http.Response bad = web.http().basic("admin", WebFixture.PASSWORD).send("POST", VERSIONS,
                NATIONAL_AT_ONE_YUAN.replace("\"off-peak\": \"1.00\"", "\"off-peak\": \"-1\""));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().get("detail").asText().contains("zone national price of off-peak"), bad.body());
        assertEquals(before, Files.readString(web.ratingModel));

        Http.Response sameStart = web.http().basic("admin", WebFixture.PASSWORD).send("POST", VERSIONS,
                NATIONAL_AT_ONE_YUAN.replace("2026-12-01T00:00:00Z", "2026-07-01T00:00+08:00"));
        assertEquals(409, sameStart.status(), sameStart.body());
        Http.Response nowhere = web.http().basic("admin", WebFixture.PASSWORD).send("POST",
                "/api/v1/carriers/telecom/plans/nope/versions", NATIONAL_AT_ONE_YUAN);
        assertEquals(404, nowhere.status(), nowhere.body());
        assertEquals("0.28", web.rateAndStore(1004, "2001", BEIJING, Instant.parse("2026-12-01T02:00:00Z"), 61)
                .cost().toBigDecimal().toPlainString());
    }

    @Test
    void onlyAdministratorsAndBillingManagersChangeTariffs() {
        for (String login : new String[] {"auditor", "sales-mgr"}) {
            Http.Response refused = web.http().basic(login, WebFixture.PASSWORD).send("POST", VERSIONS, NATIONAL_AT_ONE_YUAN);
            assertEquals(403, refused.status(), login + ": " + refused.body());
        }
        assertEquals(403, web.http().basic("sales-mgr", WebFixture.PASSWORD).get("/api/v1/carriers").status());
    }
}
