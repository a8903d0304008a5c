package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.store.orgimport.ImportProblem;
import org.bluewhale.store.orgimport.ImportReport;
import org.bluewhale.store.summary.CostLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bulk import of the organisation from CSV and .xlsx files: all or nothing, problems by line. */
class OrgImportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PEOPLE = """
            department,employee_id,name,email,extension,auth_code,valid_from
            Sales/East China,E100,Wei Wang,wei@example.com,2001,,
            Sales/East China,E101,Fang Li,,2002 2003,7788,2025-01-01
            Sales/East China/Key Accounts,,,,,,
            Finance,E200,"Zhang, Min",,2100,,
            """;

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aCsvFileBuildsTheOrganisationAndASecondImportChangesNothing(Databases kind) throws Exception {
        Path file = write("people.csv", PEOPLE);
        try (Database db = kind.open(dataDir)) {
            ImportReport report = db.orgImporter().importFile(file, SHANGHAI);
            assertEquals(List.of(), report.problems());
            assertEquals(List.of(4, 3, 0, 5), List.of(report.departmentsAdded(), report.usersAdded(),
                    report.usersUpdated(), report.assignmentsAdded()));

            OrgRepository org = db.orgRepository();
            assertEquals(List.of("Sales", "East China", "Key Accounts", "Finance"),
                    org.departments().stream().map(Department::name).toList());
            Map<String, AppUser> people = org.users().stream().collect(Collectors.toMap(AppUser::name, u -> u));
            assertEquals(Optional.of(people.get("Wei Wang")), org.userOfExtension("2001", Instant.EPOCH),
                    "an extension nobody held before is charged from the beginning");
            Instant newYearInShanghai = LocalDate.parse("2025-01-01").atStartOfDay(SHANGHAI).toInstant();
            assertEquals(Optional.empty(), org.userOfExtension("2003", newYearInShanghai.minusMillis(1)));
            assertEquals(Optional.of(people.get("Fang Li")), org.userOfExtension("2003", newYearInShanghai));
            assertTrue(people.containsKey("Zhang, Min"));

            ImportReport again = db.orgImporter().importFile(file, SHANGHAI);
            assertEquals(List.of(0, 0, 0, 0), List.of(again.departmentsAdded(), again.usersAdded(),
                    again.usersUpdated(), again.assignmentsAdded()));
            assertEquals(3, org.users().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aFileWithProblemsIsReportedByLineAndNothingIsImported(Databases kind) throws Exception {
        Path file = write("bad.csv", """
                department,employee_id,name,extension,valid_from
                Sales,E1,Ann,2001,
                Sales//East,E2,Bo,2002,
                Sales,E3,Cy,20-01,
                Sales,E4,Di,2004,next monday
                ,E5,Ed,2005,
                Sales,E1,Ann B,2006,
                Sales,E7,Flo,2001,
                Sales,,,2008,
                """);
        try (Database db = kind.open(dataDir)) {
            ImportReport report = db.orgImporter().importFile(file, SHANGHAI);
            assertFalse(report.applied());
            assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), report.problems().stream().map(ImportProblem::line).toList(),
                    report.problems().toString());
            assertTrue(report.problems().get(1).message().contains("'20-01' is not a number"), report.problems().toString());
            assertEquals(List.of(), db.orgRepository().departments(), "nothing half-imported");
            assertEquals(List.of(), db.orgRepository().users());
        }
    }

    @Test
    void anExcelFileImportsLikeItsCsvTwinWithRealDateCells() throws Exception {
        Path file = dataDir.resolve("people.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("People");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            String[] header = {"Department", "Employee_ID", "Name", "Extension", "Valid_From"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Logistics/Warehouse");
            row.createCell(1).setCellValue(4711); // a numeric cell: no ".0"
            row.createCell(2).setCellValue("Lei Liu");
            row.createCell(3).setCellValue(2500);
            row.createCell(4).setCellValue(LocalDate.parse("2025-03-01"));
            row.getCell(4).setCellStyle(date);
            Row bad = sheet.createRow(3); // line 4; line 3 left blank
            bad.createCell(0).setCellValue("Logistics");
            bad.createCell(3).setCellValue(2501);
            workbook.write(out);
        }
        try (Database db = Databases.H2.open(dataDir)) {
            ImportReport rejected = db.orgImporter().importFile(file, SHANGHAI);
            assertEquals(List.of(4), rejected.problems().stream().map(ImportProblem::line).toList());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file)); OutputStream out = Files.newOutputStream(file)) {
            workbook.getSheetAt(0).removeRow(workbook.getSheetAt(0).getRow(3));
            workbook.write(out);
        }
        try (Database db = Databases.H2.open(dataDir)) {
            ImportReport report = db.orgImporter().importFile(file, SHANGHAI);
            assertEquals(List.of(), report.problems());
            AppUser lei = db.orgRepository().users().get(0);
            assertEquals("Lei Liu", lei.name());
            Instant march = LocalDate.parse("2025-03-01").atStartOfDay(SHANGHAI).toInstant();
            assertEquals(Optional.of(lei), db.orgRepository().userOfExtension("2500", march));
            assertEquals(Optional.empty(), db.orgRepository().userOfExtension("2500", march.minusMillis(1)));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM app_user WHERE employee_id = '4711'"));
        }
    }

    @Test
    void aSemicolonCsvWithAByteOrderMarkIsRead() throws Exception {
        Path file = write("excel-export.csv", "\uFEFFdepartment;name;extension\nService;Hui Zhou;2600\n");
        try (Database db = Databases.SQLITE.open(dataDir)) {
            assertEquals(List.of(), db.orgImporter().importFile(file, SHANGHAI).problems());
            assertEquals("Hui Zhou", db.orgRepository().users().get(0).name());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aHandoverInThePastReallocatesTheCallsAlreadyStored(Databases kind) throws Exception {
        try (Database db = kind.open(dataDir)) {
            db.orgImporter().importFile(write("first.csv", "department,name,extension\nSales,Ann,2001\n"), SHANGHAI);
            db.cdrStore().registerPbx(new PbxDescriptor("pbx", "sh", "avaya-unformatted", SHANGHAI));
            db.cdrStore().write(new StoreBatch(List.of(call(1, "2025-02-01T08:00:00Z", 100),
                    call(2, "2025-04-01T08:00:00Z", 300)), List.of(), 2));

            ImportReport report = db.orgImporter().importFile(
                    write("handover.csv", "department,name,extension,valid_from\nSupport,Bo,2001,2025-03-01\n"), SHANGHAI);
            assertEquals(1, report.callsReallocated());
            assertEquals(Map.of("Ann", 100L, "Bo", 300L), db.departmentSummary()
                    .between(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).stream()
                    .collect(Collectors.toMap(CostLine::user, l -> l.cost().minorUnits())));
        }
    }

    private static RatedCall call(long seq, String start, long cost) {
        CallLeg leg = new CallLeg("pbx", seq, seq, Instant.parse(start), SHANGHAI, 60, 0, "2001", "13800000000",
                Direction.OUTGOING, "", "", "", "", "", "", "", "", "", "", "");
        return new RatedCall(leg, CallClass.MOBILE, 60, new Money(cost, java.util.Currency.getInstance("CNY")), "CN");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dataDir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static long count(Database db, String sql) throws Exception {
        try (var c = db.dataSource().getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
