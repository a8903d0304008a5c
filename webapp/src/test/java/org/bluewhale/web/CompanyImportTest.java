package org.bluewhale.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/org/import} takes the files {@code bluewhale import} takes: a good CSV is
 * applied, a dry run says what it would change and changes nothing, a file with bad lines is
 * refused whole with every line's problem, and an Excel file imports the same way.
 */
class CompanyImportTest {

    private static final String GOOD = """
            department,employee_id,name,email,extension,auth_code,valid_from
            Sales/East China,E100,Wei Wang,wei@example.com,4001,,
            Sales/East China,E101,Fang Li,,4002 4003,7788,2025-01-01
            Finance,E200,"Zhang, Min",,4100,,
            """;

    @TempDir
    Path data;

    @Test
    void aGoodFileIsImportedAfterADryRunThatChangesNothing() {
        try (WebFixture web = new WebFixture(data)) {
            Http billing = web.http().basic("billing", WebFixture.PASSWORD);
            Http.Response dry = billing.send("POST", "/api/v1/org/import?file=people.csv&dryRun=true&zone=Asia/Shanghai",
                    GOOD.getBytes(StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, dry.status(), dry.body());
            assertTrue(dry.json().get("dryRun").asBoolean());
            assertEquals(3, dry.json().get("usersAdded").asInt());
            assertEquals(2, dry.json().get("departmentsAdded").asInt(), "East China under the existing Sales, and Finance");
            assertEquals(3, web.db.orgRepository().users().size(), "a dry run changes nothing");
            assertEquals(3, web.db.orgRepository().departments().size());

            Http.Response applied = billing.send("POST", "/api/v1/org/import?file=people.csv&zone=Asia/Shanghai",
                    GOOD.getBytes(StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, applied.status(), applied.body());
            assertEquals(5, applied.json().get("assignmentsAdded").asInt(), "4 extensions and an auth code: " + applied.body());
            assertEquals(6, web.db.orgRepository().users().size());
            JsonNode fang = billing.get("/api/v1/org/users?q=Fang").json().at("/items/0");
            assertEquals(List.of("4002", "4003"), fang.get("extensions").findValuesAsText("number"));
            assertTrue(web.http().basic("auditor", WebFixture.PASSWORD).get("/api/v1/audit").json().get("items").findValuesAsText("action").contains("org-imported"));
        }
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEachLine() {
        try (WebFixture web = new WebFixture(data)) {
            String bad = """
                    department,name,extension,valid_from
                    Sales/East China,Wei Wang,4001,
                    Sales//East,Fang Li,4002,
                    Finance,Zhang Min,4100,2025-13-01
                    """;
            Http.Response refused = web.http().basic("admin", WebFixture.PASSWORD).send("POST",
                    "/api/v1/org/import?file=people.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv");
            CompanyApiTest.assertProblem(400, "nothing imported: 2 problems", refused);
            JsonNode problems = refused.json().get("problems");
            assertEquals(List.of("3", "4"), problems.findValuesAsText("line"));
            assertTrue(problems.get(0).get("message").asText().contains("empty level"), problems.toString());
            assertTrue(problems.get(1).get("message").asText().contains("valid_from"), problems.toString());
            assertEquals(3, web.db.orgRepository().users().size(), "the good line 2 is not imported either");
            assertEquals(3, web.db.orgRepository().departments().size());
        }
    }

    @Test
    void anExcelFileImportsLikeItsCsv() throws IOException {
        try (WebFixture web = new WebFixture(data)) {
            byte[] xlsx = workbook(List.of(List.of("Department", "Employee_ID", "Name", "Extension"),
                    List.of("Support/Night", "E300", "Hui Zhao", "3002")));
            Http.Response applied = web.http().basic("admin", WebFixture.PASSWORD).send("POST", "/api/v1/org/import",
                    xlsx, OrgImportResource.XLSX);
            assertEquals(200, applied.status(), applied.body());
            assertEquals(1, applied.json().get("usersAdded").asInt());
            JsonNode hui = web.http().basic("support-mgr", WebFixture.PASSWORD).get("/api/v1/org/users?q=3002").json();
            assertEquals("Hui Zhao", hui.at("/items/0/name").asText(), "in Night, below Support: " + hui);

            byte[] broken = workbook(List.of(List.of("department", "name", "phone"), List.of("Support", "Ann", "1")));
            Http.Response refused = web.http().basic("admin", WebFixture.PASSWORD).send("POST",
                    "/api/v1/org/import?file=staff.xlsx", broken, "application/octet-stream");
            CompanyApiTest.assertProblem(400, "unknown column 'phone'", refused);
            assertEquals("1", refused.json().at("/problems/0/line").asText());
        }
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("people");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
