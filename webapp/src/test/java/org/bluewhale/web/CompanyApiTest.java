package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.spi.StoreBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company API over a real server and database: departments, people and extensions created,
 * changed and deleted, with the refusals a person can act on, the audit of each change, and the
 * next stored call charged by the change without a restart.
 */
class CompanyApiTest {

    @TempDir
    Path data;

    @Test
    void departmentsPeopleAndExtensionsAreEditedAndTheNextCallIsChargedByTheEdit() {
        try (WebFixture web = new WebFixture(data)) {
            Http admin = web.http().basic("admin", WebFixture.PASSWORD);
            Http.Response added = admin.send("POST", "/api/v1/org/departments",
                    "{\"name\":\"Key Accounts\",\"parentId\":" + web.sales.id() + "}");
            assertEquals(201, added.status(), added.body());
            int keyAccounts = added.json().get("id").asInt();

            Http.Response dora = admin.send("POST", "/api/v1/org/users",
                    "{\"name\":\"Dora\",\"departmentId\":" + keyAccounts + ",\"employeeId\":\"E7\",\"email\":\"dora@example.com\"}");
            assertEquals(201, dora.status(), dora.body());
            int doraId = dora.json().get("id").asInt();
            Http.Response assigned = admin.send("POST", "/api/v1/org/users/" + doraId + "/extensions", "{\"number\":\"2009\"}");
            assertEquals(201, assigned.status(), assigned.body());
            assertEquals(Instant.EPOCH.toString(), assigned.json().at("/extensions/0/validFrom").asText(),
                    "a number nobody held is the person's from the beginning");

            web.db.cdrStore().write(new StoreBatch(List.of(WebFixture.call(50, "2009", WebFixture.DAY, CallClass.LOCAL)),
                    List.of(), 50));
            assertTrue(web.callersSeenBy("sales-mgr").contains("2009"), "the call is charged to Key Accounts, in Sales");
            assertTrue(!web.callersSeenBy("support-mgr").contains("2009"));

            assertEquals(200, admin.send("PUT", "/api/v1/org/users/" + doraId,
                    "{\"name\":\"Dora\",\"departmentId\":" + web.support.id() + ",\"employeeId\":\"E7\"}").status());
            Http.Response handover = admin.send("POST", "/api/v1/org/users/" + doraId + "/extensions",
                    "{\"number\":\"2009\",\"validFrom\":\"2026-11-24T01:00:00Z\"}");
            assertEquals(409, handover.status(), "already hers since the beginning");
            Http.Response removed = admin.send("DELETE", "/api/v1/org/extensions/2009?validFrom=1970-01-01T00:00:00Z", (String) null);
            assertEquals(204, removed.status(), removed.body());
            assertTrue(!web.callersSeenBy("support-mgr").contains("2009"), "the stored call is charged again: to nobody");

            JsonNode people = admin.get("/api/v1/org/users?department=" + keyAccounts).json();
            assertEquals(0, people.get("total").asInt(), "Dora moved to Support");
            JsonNode found = admin.get("/api/v1/org/users?q=dor").json();
            assertEquals(1, found.get("total").asInt());
            assertEquals("E7", found.at("/items/0/employeeId").asText());
            assertNull(found.at("/items/0/email").textValue(), "the change left the e-mail out");

            assertEquals(204, admin.send("DELETE", "/api/v1/org/users/" + doraId, (String) null).status());
            assertEquals(204, admin.send("DELETE", "/api/v1/org/departments/" + keyAccounts, (String) null).status());

            List<String> actions = admin.get("/api/v1/audit").json().get("items").findValuesAsText("action");
            assertTrue(actions.containsAll(List.of("department-added", "user-added", "extension-assigned", "user-changed",
                    "extension-removed", "user-deleted", "department-deleted")), actions.toString());
        }
    }

    @Test
    void refusalsSayWhatToDo() {
        try (WebFixture web = new WebFixture(data)) {
            Http billing = web.http().basic("billing", WebFixture.PASSWORD);
            assertProblem(400, "name is required", billing.send("POST", "/api/v1/org/departments", "{\"name\":\" \"}"));
            assertProblem(400, "parentId 999", billing.send("POST", "/api/v1/org/departments", "{\"name\":\"X\",\"parentId\":999}"));
            assertProblem(409, "has departments below it", billing.send("DELETE", "/api/v1/org/departments/" + web.sales.id(), (String) null));
            assertProblem(409, "still has people", billing.send("DELETE", "/api/v1/org/departments/" + web.support.id(), (String) null));
            assertProblem(409, "cannot be put under itself", billing.send("PUT", "/api/v1/org/departments/" + web.sales.id(),
                    "{\"name\":\"Sales\",\"parentId\":" + web.export.id() + "}"));
            assertProblem(404, "no department 999", billing.send("PUT", "/api/v1/org/departments/999", "{\"name\":\"X\"}"));
            assertProblem(400, "departmentId", billing.send("POST", "/api/v1/org/users", "{\"name\":\"Eve\"}"));
            assertProblem(404, "no user 999", billing.send("DELETE", "/api/v1/org/users/999", (String) null));
            int carol = web.db.orgRepository().users().stream().filter(u -> u.name().equals("Carol")).findFirst().orElseThrow().id();
            assertProblem(409, "remove those assignments first", billing.send("DELETE", "/api/v1/org/users/" + carol, (String) null));
            assertProblem(400, "is not an extension", billing.send("POST", "/api/v1/org/users/" + carol + "/extensions",
                    "{\"number\":\"30 01\"}"));
            assertEquals(201, billing.send("POST", "/api/v1/org/users", "{\"name\":\"Eve\",\"departmentId\":" + web.support.id()
                    + ",\"employeeId\":\"E1\"}").status());
            assertProblem(409, "employeeId E1 is already Eve's", billing.send("POST", "/api/v1/org/users",
                    "{\"name\":\"Ed\",\"departmentId\":" + web.support.id() + ",\"employeeId\":\"E1\"}"));
            int eve = billing.get("/api/v1/org/users?q=Eve").json().at("/items/0/id").asInt();
            assertEquals(201, billing.send("POST", "/api/v1/org/users/" + eve + "/extensions",
                    "{\"number\":\"3001\",\"validFrom\":\"2026-12-01T00:00:00Z\"}").status(), "a handover");
            JsonNode carolsExtension = billing.get("/api/v1/org/users?q=Carol").json().at("/items/0/extensions/0");
            assertEquals("2026-12-01T00:00:00Z", carolsExtension.get("until").asText(), carolsExtension.toString());

            int empty = billing.send("POST", "/api/v1/org/departments", "{\"name\":\"Night\"}").json().get("id").asInt();
            assertEquals(201, web.http().basic("admin", WebFixture.PASSWORD).send("POST", "/api/v1/operators",
                    "{\"login\":\"night-mgr\",\"password\":\"" + WebFixture.PASSWORD
                            + "\",\"role\":\"department-manager\",\"departmentId\":" + empty + "}").status());
            assertProblem(409, "department managers", billing.send("DELETE", "/api/v1/org/departments/" + empty, (String) null));

            Http auditor = web.http().basic("auditor", WebFixture.PASSWORD);
            assertEquals(200, auditor.get("/api/v1/org/users").status());
            assertEquals(4, auditor.get("/api/v1/org/departments").json().get("departments").size(),
                    "auditors read the whole tree");
            assertEquals(403, auditor.send("POST", "/api/v1/org/departments", "{\"name\":\"X\"}").status());
        }
    }

    static void assertProblem(int status, String detailPart, Http.Response response) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.header("Content-Type"));
        assertTrue(response.json().get("detail").asText().contains(detailPart), response.body());
    }
}
