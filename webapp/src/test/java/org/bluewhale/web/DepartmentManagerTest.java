package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department manager sees the calls of their department and its subdepartments only, in the
 * list, the CSV export, a single call and the dashboard; the department filter cannot widen that.
 */
class DepartmentManagerTest {

    @TempDir
    Path data;

    @Test
    void aDepartmentManagerCannotReadOrExportAnotherDepartmentsCalls() {
        try (WebFixture web = new WebFixture(data)) {
            assertEquals(List.of("2001", "2002", "2001", "2002"), web.callersSeenBy("sales-mgr"), "Sales and Export");
            assertEquals(List.of("3001", "3001"), web.callersSeenBy("support-mgr"));
            assertEquals(6, web.callersSeenBy("billing").size());
            assertEquals(6, web.callersSeenBy("auditor").size());

            Http sales = web.http().basic("sales-mgr", WebFixture.PASSWORD);
            Http.Response csv = sales.get("/api/v1/cdrs/export");
            assertEquals(200, csv.status());
            List<String> lines = Arrays.asList(csv.body().split("\r\n"));
            assertEquals(5, lines.size(), "a header and the 4 Sales calls: " + csv.body());
            assertTrue(lines.stream().skip(1).noneMatch(l -> l.contains("3001")), csv.body());
            assertEquals(3, web.http().basic("support-mgr", WebFixture.PASSWORD).get("/api/v1/cdrs/export?pbx=hq")
                    .body().split("\r\n").length, "Support exports a header and its 2 calls");

            assertEquals(404, sales.get("/api/v1/cdrs/hq/3").status(), "call 3 is Support's");
            assertEquals(200, sales.get("/api/v1/cdrs/hq/1").status());
            assertTrue(sales.get("/api/v1/cdrs").json().get("totalExact").asBoolean());
            assertEquals(0, sales.get("/api/v1/cdrs?department=" + web.support.id()).json().get("total").asLong(),
                    "asking for another department gives nothing");
            assertEquals(2, sales.get("/api/v1/cdrs?department=" + web.export.id()).json().get("total").asLong(),
                    "a subdepartment of one's own is fine");
            assertEquals(1, web.http().basic("support-mgr", WebFixture.PASSWORD).get("/api/v1/cdrs/export?extension=2001")
                    .body().split("\r\n").length, "filtering by another department's extension finds nothing");

            long salesCalls = sales.get("/api/v1/dashboard?from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z").json()
                    .get("byClass").findValues("calls").stream().mapToLong(n -> n.asLong()).sum();
            assertEquals(4, salesCalls);
            assertEquals(403, sales.get("/api/v1/quarantine").status(), "raw records of all PBXs are not a department's");
        }
    }
}
