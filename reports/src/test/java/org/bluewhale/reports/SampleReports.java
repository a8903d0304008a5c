package org.bluewhale.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bluewhale.reports.summary.DepartmentSummary;
import org.bluewhale.reports.summary.DepartmentSummaryLine;

/** Reports for tests: a small department summary of a Shanghai company, names in Chinese. */
public final class SampleReports {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final ReportPeriod NOVEMBER = new ReportPeriod(Instant.parse("2026-10-31T16:00:00Z"),
            Instant.parse("2026-11-30T16:00:00Z"), SHANGHAI);
    public static final List<String> CALL_TYPES = List.of("Local", "National", "International");

    private SampleReports() {
    }

    public static List<DepartmentSummaryLine> lines() {
        return List.of(
                line("Company\\物流部", "王伟", "12.50", "3.10", 7, 29_925, "2.50", "10.00", "0.00"),
                line("Company\\Sales, \"East\"", "Li Na", "101.25", "40.00", 31, 90_061, "1.25", "20.00", "80.00"),
                line("Company\\物流部", "张敏", "0.75", "0.00", 2, 61, "0.75", "0.00", "0.00"),
                line("Company\\Sales, \"East\"", "=HYPERLINK(\"x\")", "5.00", "1.00", 1, 600, "0.00", "5.00", "0.00"));
    }

    public static Report departmentSummary() {
        return DepartmentSummary.of(NOVEMBER, Instant.parse("2026-12-01T01:02:03Z"), "admin", "", "CNY", 2, CALL_TYPES,
                lines());
    }

    private static DepartmentSummaryLine line(String department, String user, String cost, String savings, long calls,
                                              long seconds, String... byType) {
        return new DepartmentSummaryLine(department, user, new BigDecimal(cost), new BigDecimal(savings), calls, seconds,
                java.util.Arrays.stream(byType).map(BigDecimal::new).toList());
    }
}
