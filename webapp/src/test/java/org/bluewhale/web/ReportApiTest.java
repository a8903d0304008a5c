package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void departmentManagersAreRefusedAndMistakesAreExplained() {
        try (WebFixture web = new WebFixture(data)) {
            assertEquals(403, web.http().basic("sales-mgr", WebFixture.PASSWORD).get(NOVEMBER_24).status(),
                    "the summary covers every department");
            Http.Response pdf = web.http().basic("admin", WebFixture.PASSWORD).get(NOVEMBER_24 + "&format=pdf");
            assertEquals(400, pdf.status());
            assertTrue(pdf.body().contains("unknown report format 'pdf'; use xlsx, html, csv, txt or json"), pdf.body());
            assertEquals(400, web.http().basic("admin", WebFixture.PASSWORD)
                    .get("/api/v1/reports/department-summary?from=2026-11-24T16:00:00Z").status(), "no end");
        }
    }
}
