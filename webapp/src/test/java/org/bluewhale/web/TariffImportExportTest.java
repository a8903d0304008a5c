package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tariff files over the real API: a plan's tariff exported as CSV, XLSX or JSON, edited and
 * imported again becomes a new version that prices the next call; a bad file is refused whole
 * with every problem's line number and the model file is left as it was.
 */
class TariffImportExportTest {

    private static final String TARIFF = "/api/v1/carriers/telecom/plans/business/tariff";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Monday 1 Dec 2026, 10:00 in Shanghai: peak. */
    private static final Instant PEAK = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path data;
    private WebFixture web;
    private Http billing;

    @BeforeEach
    void start() {
        web = new WebFixture(data);
        billing = web.http().basic("billing", WebFixture.PASSWORD);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void anEditedCsvExportImportedBackPricesTheNextCall() {
        Http.Response exported = billing.get(TARIFF + "?format=csv");
        assertEquals(200, exported.status(), exported.body());
        assertTrue(exported.body().startsWith("prefix,zone,band,price,first,increment,fee,flat,minimum,maximum,free_seconds\r\n"),
                exported.body());
        assertTrue(exported.body().contains("\r\n8610,national,peak,0.25,6,6,,,,,\r\n"), exported.body());
        assertTrue(exported.body().contains("\r\n\"\",LOCAL,peak,0.10,180,60,,,0.20,,\r\n"), "a zone without prefixes (Commons CSV quotes an empty first field)");

        String edited = exported.body().replace(",national,peak,0.25,", ",national,peak,0.33,");
        Http.Response imported = billing.send("POST", TARIFF + "?from=2026-11-30T00:00:00Z", edited.getBytes(StandardCharsets.UTF_8), CSV);
        assertEquals(201, imported.status(), imported.body());
        assertEquals("0.36", web.rateAndStore(2001, "2001", "901087654321", PEAK, 61).cost().toBigDecimal().toPlainString(),
                "66 s at 0.33 a minute, rounded half up");
        assertEquals("0.69", web.rateAndStore(2002, "2001", "902012345678", PEAK, 121).cost().toBigDecimal().toPlainString(),
                "Guangzhou (8620) is national too: 126 s at 0.33 is 0.693");
        assertEquals(edited, billing.get(TARIFF + "?format=csv&at=2026-11-30T00:00:00Z").body(), "the new version is the file");
        assertTrue(web.http().basic("admin", WebFixture.PASSWORD).get("/api/v1/audit").body().contains("tariff-imported"));
    }

    @Test
    void xlsxAndJsonExportsImportBackToTheSameTariff() {
        String csvBefore = billing.get(TARIFF + "?format=csv").body();
        byte[] xlsx = billing.download(TARIFF + "?format=xlsx");
        Http.Response fromXlsx = billing.send("POST", TARIFF + "?from=2026-11-30T00:00:00Z", xlsx, XLSX);
        assertEquals(201, fromXlsx.status(), fromXlsx.body());
        String json = billing.get(TARIFF + "?format=json").body();
        Http.Response fromJson = billing.send("POST", TARIFF + "?from=2026-12-01T00:00:00Z", json.getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(201, fromJson.status(), fromJson.body());
        assertEquals(csvBefore, billing.get(TARIFF + "?format=csv").body());
        assertEquals(4, web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/carriers").json()
                .get("carriers").get(0).get("plans").get(0).get("versions").size());
    }

    @Test
    void aBadFileIsRefusedWholeWithTheLineOfEveryProblem() throws Exception {
        String before = Files.readString(web.ratingModel);
        String file = """
                prefix,zone,band,price,first,increment
                8610,national,peak,0.30,6,6
                86x1,national,off-peak,0.20,6,6
                8620,national,peak,0.30,60,6
                8613,mobile,peak,cheap,60,60
                8610,mobile,off-peak,0.10,60,60
                """;
        Http.Response refused = billing.send("POST", TARIFF, file.getBytes(StandardCharsets.UTF_8), CSV);
        assertEquals(400, refused.status(), refused.body());
        String detail = refused.json().get("detail").asText();
        assertTrue(detail.startsWith("4 problem(s), nothing was loaded: "), detail);
        assertTrue(detail.contains("line 3: prefix '86x1' must be digits only"), detail);
        assertTrue(detail.contains("line 4: first of zone national is '6' on line 2"), detail);
        assertTrue(detail.contains("line 5: price 'cheap' is not a decimal amount"), detail);
        assertTrue(detail.contains("line 6: prefix 8610 is zone national on line 2"), detail);
        assertEquals(before, Files.readString(web.ratingModel), "nothing half-loaded");

        Http.Response notXlsx = billing.send("POST", TARIFF, "not a workbook".getBytes(StandardCharsets.UTF_8), XLSX);
        assertEquals(400, notXlsx.status(), notXlsx.body());
        assertEquals(403, web.http().basic("auditor", WebFixture.PASSWORD).send("POST", TARIFF,
                file.getBytes(StandardCharsets.UTF_8), CSV).status());
    }
}
