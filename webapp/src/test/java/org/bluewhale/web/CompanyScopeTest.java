package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department manager reads the company screens of their own subtree only, and changes nothing:
 * not another department's people, not by asking for its id, not by import.
 */
class CompanyScopeTest {

    @TempDir
    Path data;

    @Test
    void aDepartmentManagerReadsOnlyTheirSubtreeAndChangesNothing() {
        try (WebFixture web = new WebFixture(data)) {
            Http support = web.http().basic("support-mgr", WebFixture.PASSWORD);
            assertEquals(List.of("Support"), support.get("/api/v1/org/departments").json().get("departments")
                    .findValuesAsText("name"));
            assertEquals(List.of("Carol"), support.get("/api/v1/org/users").json().get("items").findValuesAsText("name"));
            assertEquals(403, support.get("/api/v1/org/users?department=" + web.sales.id()).status());
            assertEquals(403, support.get("/api/v1/org/users?department=" + web.export.id() + "&q=Alice").status());
            assertEquals(List.of(), support.get("/api/v1/org/users?q=Alice").json().get("items").findValuesAsText("name"),
                    "a search does not reach past the subtree");
            Http sales = web.http().basic("sales-mgr", WebFixture.PASSWORD);
            assertEquals(List.of("Alice", "Bob"), sales.get("/api/v1/org/users").json().get("items").findValuesAsText("name"));

            assertEquals(403, support.send("POST", "/api/v1/org/departments", "{\"name\":\"X\"}").status());
            assertEquals(403, support.send("PUT", "/api/v1/org/departments/" + web.support.id(), "{\"name\":\"X\"}").status());
            assertEquals(403, support.send("DELETE", "/api/v1/org/departments/" + web.sales.id(), (String) null).status());
            assertEquals(403, support.send("POST", "/api/v1/org/users", "{\"name\":\"X\",\"departmentId\":"
                    + web.support.id() + "}").status());
            assertEquals(403, support.send("DELETE", "/api/v1/org/extensions/2001?validFrom=1970-01-01T00:00:00Z",
                    (String) null).status());
            assertEquals(403, support.send("POST", "/api/v1/org/import?file=people.csv",
                    "department,name\nSupport,Mallory\n".getBytes(StandardCharsets.UTF_8), "text/csv").status());
            assertEquals(3, web.db.orgRepository().users().size(), "nothing changed");
            assertEquals(3, web.db.orgRepository().departments().size());
        }
    }
}
