package org.bluewhale.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bluewhale.reports.SampleReports;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void roundTripsThroughAStandardParserWithQuotesCommasAndChinese() throws IOException {
        String csv = new String(Exports.bytes(SampleReports.departmentSummary(), ReportFormat.CSV, false), StandardCharsets.UTF_8);
        List<CSVRecord> records = parse(csv);
        assertEquals("Department cost summary", records.get(0).get(0));
        assertEquals(List.of("Time range", "from 2026-11-01 00:00:00 UTC+0800 to 2026-11-30 23:59:59 UTC+0800"),
                records.get(1).toList());
        int table = 8; // title, 6 header lines, an empty record
        assertEquals("Department", records.get(table).get(0));
        assertEquals(List.of("Company\\Sales, \"East\"", "Li Na", "101.25", "40.00", "31", "1D 01:01:01", "1.25", "20.00",
                "80.00"), records.get(table + 2).toList());
        assertEquals(List.of("Company\\物流部", "王伟", "12.50", "3.10", "7", "0D 08:18:45", "2.50", "10.00", "0.00"),
                records.get(table + 5).toList());
        assertEquals("Total", records.get(records.size() - 1).get(0));
        assertTrue(csv.contains("\r\n"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsMadeInert() throws IOException {
        String csv = new String(Exports.bytes(SampleReports.departmentSummary(), ReportFormat.CSV, false), StandardCharsets.UTF_8);
        assertEquals("'=HYPERLINK(\"x\")", parse(csv).get(9).get(1));
    }

    @Test
    void writesAByteOrderMarkOnlyWhenAskedForExcel() {
        byte[] plain = Exports.bytes(SampleReports.departmentSummary(), ReportFormat.CSV, false);
        byte[] excel = Exports.bytes(SampleReports.departmentSummary(), ReportFormat.CSV, true);
        assertFalse(plain[0] == (byte) 0xEF);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(excel[0], excel[1], excel[2]));
        assertEquals(plain.length + 3, excel.length);
    }
}
