package org.bluewhale.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.RowKind;
import org.bluewhale.reports.SampleReports;
import org.junit.jupiter.api.Test;

class DepartmentSummaryTest {

    private final Report report = SampleReports.departmentSummary();
    private final List<ReportRow> rows = new ArrayList<>();

    DepartmentSummaryTest() {
        report.checkedRows().forEachRemaining(rows::add);
    }

    @Test
    void groupsPeopleByDepartmentEachClosedByItsSubtotalThenTheTotal() {
        List<String> firstCells = rows.stream().map(r -> r.kind() + ":" + r.cells().get(0) + "/" + r.cells().get(1)).toList();
        assertEquals(List.of(
                "DETAIL:Company\\Sales, \"East\"/=HYPERLINK(\"x\")",
                "DETAIL:Company\\Sales, \"East\"/Li Na",
                "SUBTOTAL:Company\\Sales, \"East\" subtotal/",
                "DETAIL:Company\\物流部/张敏",
                "DETAIL:Company\\物流部/王伟",
                "SUBTOTAL:Company\\物流部 subtotal/",
                "TOTAL:Total/"), firstCells);
    }

    @Test
    void subtotalsAndTotalAreTheSumsOfTheirRows() {
        ReportRow logistics = rows.get(5);
        assertEquals(new BigDecimal("13.25"), logistics.cells().get(2));
        assertEquals(new BigDecimal("3.10"), logistics.cells().get(3));
        assertEquals(9L, logistics.cells().get(4));
        assertEquals(29_986L, logistics.cells().get(5));
        assertEquals(new BigDecimal("3.25"), logistics.cells().get(6));
        ReportRow total = rows.get(6);
        for (int c = 2; c < total.cells().size(); c++) {
            final int column = c;
            Object sum = rows.stream().filter(r -> r.kind() == RowKind.DETAIL).map(r -> r.cells().get(column))
                    .reduce(DepartmentSummaryTest::add).orElseThrow();
            assertEquals(sum, total.cells().get(c), "column " + c);
        }
    }

    @Test
    void theHeaderBlockStatesPeriodAuthorAndTotals() {
        Map<String, String> header = report.header().stream().collect(Collectors.toMap(HeaderLine::label, HeaderLine::value));
        assertEquals("from 2026-11-01 00:00:00 UTC+0800 to 2026-11-30 23:59:59 UTC+0800", header.get("Time range"));
        assertEquals("2026-12-01 09:02:03 UTC+0800", header.get("Generated at"));
        assertEquals("admin", header.get("Created by"));
        assertEquals("41", header.get("Total calls"));
        assertEquals("119.50 CNY", header.get("Total cost"));
        assertEquals("44.10 CNY", header.get("Total savings"));
    }

    @Test
    void aLineWithTheWrongNumberOfCallTypeCostsIsRefused() {
        var line = new DepartmentSummaryLine("Company", "x", BigDecimal.ONE, BigDecimal.ZERO, 1, 1, List.of(BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> DepartmentSummary.of(SampleReports.NOVEMBER, Instant.EPOCH,
                "admin", "", "CNY", 2, SampleReports.CALL_TYPES, List.of(line)));
    }

    private static Object add(Object a, Object b) {
        return a instanceof Long x ? (Object) (x + (Long) b) : ((BigDecimal) a).add((BigDecimal) b);
    }
}
