package org.bluewhale.reports.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bluewhale.reports.ColumnType;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.RowKind;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of the reports of stored calls: XLSX opened with POI, CSV read back by Commons CSV, JSON and TXT; Chinese intact. */
class ReportFilesTest {

    @TempDir
    static Path data;

    private static Database db;
    private static ReportCompany company;
    private static ReportService reports;

    @BeforeAll
    static void company() {
        db = Databases.H2.open(data);
        company = new ReportCompany(db, 400);
        reports = new ReportService(db, ReportCatalogue.builtIn());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ReportRequest request(CallFilter filter, Map<String, String> options) {
        return new ReportRequest(filter, Instant.parse("2026-12-01T01:00:00Z"), "李娜", options);
    }

    private static CallFilter cny() {
        return CallFilter.of(ReportCompany.NOVEMBER).withCurrency("CNY");
    }

    @Test
    void theDepartmentSummaryWorkbookHoldsTheDatabasesTotalsAndSubtotals() throws Exception {
        for (CallFilter filter : List.of(cny(), cny().within(Set.of(company.sales.id(), company.east.id()), "Sales"))) {
            Report report = reports.build("department-summary", request(filter, Map.of()));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(report, ReportFormat.XLSX)))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Department cost summary", sheet.getRow(0).getCell(0).getStringCellValue());
                int titles = rowStarting(sheet, "Department");
                assertEquals("Actual cost", sheet.getRow(titles).getCell(2).getStringCellValue());
                BigDecimal departmentSum = BigDecimal.ZERO;
                int subtotals = 0;
                Row row = null;
                for (int r = titles + 1; r <= sheet.getLastRowNum(); r++) {
                    row = sheet.getRow(r);
                    String first = row.getCell(0).getStringCellValue();
                    BigDecimal cost = money(row.getCell(2));
                    if (first.endsWith(" subtotal")) {
                        assertEquals(departmentSum, cost, first + " is the sum of its people");
                        departmentSum = BigDecimal.ZERO;
                        subtotals++;
                    } else if (!first.equals("Total")) {
                        departmentSum = departmentSum.add(cost);
                    }
                }
                assertEquals("Total", row.getCell(0).getStringCellValue());
                String where = filter.departments() == null ? ""
                        : " AND c.charge_id IN (SELECT id FROM charge WHERE department_id IN (" + company.sales.id()
                        + ", " + company.east.id() + "))";
                assertEquals(sqlCost(where), money(row.getCell(2)), "the total row is the database's sum");
                assertEquals(CellType.NUMERIC, row.getCell(4).getCellType(), "calls are numbers");
                assertTrue(subtotals >= 2, "a subtotal closes each department");
                assertTrue(rowStarting(sheet, "Sales\\华东销售") > titles, "Chinese department names as they are");
            }
        }
    }

    @Test
    void everyReportsCsvReadsBackCellForCellThroughCommonsCsv() throws IOException {
        for (ReportDefinition definition : reports.catalogue().all()) {
            Report report = reports.build(definition.name(), request(cny(), Map.of("limit", "5")));
            String csv = new String(bytes(report, ReportFormat.CSV), StandardCharsets.UTF_8);
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
            assertEquals(report.title(), records.get(0).get(0));
            assertEquals("李娜", records.stream().filter(r -> r.get(0).equals("Created by")).findFirst().orElseThrow().get(1));
            int table = 1 + report.header().size() + 1; // title, header block, the empty record
            assertEquals("", records.get(table - 1).get(0));
            assertEquals(report.columns().stream().map(c -> c.title()).toList(), records.get(table).toList());
            List<ReportRow> rows = ReconciliationTest.rows(report);
            assertEquals(rows.size(), records.size() - table - 1, definition.name());
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord record = records.get(table + 1 + i);
                for (int c = 0; c < report.columns().size(); c++) {
                    Object cell = rows.get(i).cells().get(c);
                    String text = record.get(c);
                    ColumnType type = report.columns().get(c).type();
                    if (cell == null) {
                        assertEquals("", text);
                    } else if (type == ColumnType.MONEY) {
                        assertEquals(cell, new BigDecimal(text), definition.name() + " row " + i);
                    } else if (type == ColumnType.TEXT) {
                        String value = (String) cell;
                        assertEquals("=+-@".indexOf(value.isEmpty() ? ' ' : value.charAt(0)) >= 0 ? "'" + value : value,
                                text, definition.name() + " row " + i);
                    }
                }
            }
        }
        String statement = new String(bytes(reports.build("user-statement", request(cny(), Map.of())), ReportFormat.CSV),
                StandardCharsets.UTF_8);
        assertTrue(statement.contains("Sales\\华东销售,王伟,"), "Chinese names survive");
        assertTrue(statement.contains(",'=SUM(A1),"), "a name a spreadsheet would run is quoted harmless");
    }

    @Test
    void jsonAndTextKeepChineseAndTheTotals() throws IOException {
        Report report = reports.build("extension-summary", request(cny(), Map.of()));
        JsonNode json = new ObjectMapper().readTree(bytes(report, ReportFormat.JSON));
        assertEquals("Extension summary", json.get("title").asText());
        JsonNode total = json.get("rows").get(json.get("rows").size() - 1);
        assertEquals("TOTAL", total.get("kind").asText().toUpperCase());
        assertEquals(sqlCost(""), total.get("cells").get(5).decimalValue());
        assertTrue(json.toString().contains("王伟"));
        String txt = new String(bytes(report, ReportFormat.TXT), StandardCharsets.UTF_8);
        assertTrue(txt.contains("2001") && txt.contains("王伟") && txt.contains("Sales\\华东销售"), txt);
    }

    static byte[] bytes(Report report, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.exporter(false).export(report, out);
        return out.toByteArray();
    }

    private static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + text);
    }

    private static BigDecimal money(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The CNY cost of November's calls matching {@code where}, summed by the database. */
    private static BigDecimal sqlCost(String where) {
        String sql = "SELECT COALESCE(SUM(c.cost_minor), 0) FROM cdr c JOIN tariff t ON t.id = c.tariff_id"
                + " WHERE t.currency = 'CNY' AND c.start_utc >= " + ReportCompany.NOVEMBER.from().toEpochMilli()
                + " AND c.start_utc < " + ReportCompany.NOVEMBER.to().toEpochMilli() + where;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return BigDecimal.valueOf(rs.getLong(1), 2);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
