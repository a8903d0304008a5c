package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/reports/department-summary over a real server: the file, its header block and totals, and who may have it. */
class ReportApiTest {

    private static final String NOVEMBER_24 = "/api/v1/reports/department-summary?from=2026-11-23T16:00:00Z"
            + "&to=2026-11-24T16:00:00Z&zone=Asia/Shanghai";

    @TempDir
    Path data;

    @Test
    void theDepartmentSummaryComesAsAFileWithEveryCallOfThePeriodForTheRolesThatSeeAllCalls() {
        try (WebFixture web = new WebFixture(data)) {
            Http.Response csv = web.http().basic("auditor", WebFixture.PASSWORD).get(NOVEMBER_24 + "&format=csv");
            assertEquals(200, csv.status(), csv.body());
            assertTrue(csv.headers().get("content-type").startsWith("text/csv"), csv.headers().toString());
            assertEquals("attachment; filename=\"department-summary-2026-11-24.csv\"",
                    csv.headers().get("content-disposition"));
            List<String> lines = Arrays.asList(csv.body().split("\r\n"));
            assertEquals("Department cost summary", lines.get(0));
            assertEquals("Time range,from 2026-11-24 00:00:00 UTC+0800 to 2026-11-24 23:59:59 UTC+0800", lines.get(1));
            assertTrue(lines.contains("Created by,auditor"), csv.body());
            assertTrue(lines.contains("Total calls," + web.calls.size()), csv.body());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Sales\\Export,Alice,")), csv.body());
            assertTrue(lines.get(lines.size() - 1).startsWith("Total,,"), csv.body());

            Http.Response xlsx = web.http().basic("billing", WebFixture.PASSWORD).get(NOVEMBER_24);
            assertEquals(200, xlsx.status());
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx.headers().get("content-type"));
        }
    }

    @Test
    void aDepartmentManagersReportsHoldOnlyTheirSubtreeWhateverTheyAskFor() {
        try (WebFixture web = new WebFixture(data)) {
            Http manager = web.http().basic("sales-mgr", WebFixture.PASSWORD);
            for (String report : List.of("department-summary", "extension-summary", "user-statement")) {
                Http.Response csv = manager.get(NOVEMBER_24.replace("department-summary", report) + "&format=csv");
                assertEquals(200, csv.status(), report + ": " + csv.body());
                assertTrue(csv.body().contains("Filters,departments Sales and below"), csv.body());
                assertTrue(csv.body().contains("Alice") && csv.body().contains("Bob"), report + ": " + csv.body());
                assertFalse(csv.body().contains("Carol"), report + " shows Support's calls to Sales: " + csv.body());
                assertTrue(csv.body().contains("Total calls,4"), "2001 and 2002 made four calls: " + csv.body());
            }
            Http.Response support = manager.get(NOVEMBER_24.replace("department-summary", "call-types")
                    + "&format=csv&department=" + web.support.id());
            assertEquals(200, support.status(), support.body());
            assertTrue(support.body().contains("Total calls,0"), "asking for Support gives nothing: " + support.body());
            assertTrue(support.body().contains("departments Support and below, within Sales and below"), support.body());

            Http.Response export = manager.get(NOVEMBER_24.replace("department-summary", "carrier-cost")
                    + "&format=csv&department=Export");
            assertTrue(export.body().contains("Total calls,2"), "Export is below Sales: " + export.body());
            Http.Response admin = web.http().basic("admin", WebFixture.PASSWORD).get(
                    NOVEMBER_24.replace("department-summary", "carrier-cost") + "&format=csv&department=Support");
            assertTrue(admin.body().contains("Total calls,2"), admin.body());
        }
    }

    @Test
    void mistakesAreExplained() {
        try (WebFixture web = new WebFixture(data)) {
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            Http.Response pdf = admin.get(NOVEMBER_24 + "&format=pdf");
            assertEquals(400, pdf.status());
            assertTrue(pdf.body().contains("unknown report format 'pdf'; use xlsx, html, csv, txt or json"), pdf.body());
            assertEquals(400, admin.get("/api/v1/reports/department-summary?from=2026-11-24T16:00:00Z").status(), "no end");
            Http.Response unknown = admin.get(NOVEMBER_24.replace("department-summary", "horoscope"));
            assertEquals(404, unknown.status());
            assertTrue(unknown.body().contains("no report 'horoscope'; there are call-types, carrier-cost"), unknown.body());
            Http.Response type = admin.get(NOVEMBER_24.replace("department-summary", "traffic") + "&type=roaming");
            assertEquals(400, type.status());
            assertTrue(type.body().contains("unknown call type 'roaming'"), type.body());
            Http.Response by = admin.get(NOVEMBER_24.replace("department-summary", "traffic") + "&by=week");
            assertTrue(by.body().contains("by='week': use day, hour or hour-of-day"), by.body());
        }
    }
}
