package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.schedule.Every;
import org.bluewhale.reports.schedule.ScheduledReport;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.server.config.Config;
import org.bluewhale.server.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The report.<id>.* keys become schedules, and a mistake in them stops the start with the key named. */
class ReportSchedulesTest {

    private static final ReportService REPORTS = new ReportService(null, ReportCatalogue.builtIn());

    @Test
    void aScheduleIsReadWithItsDefaults() {
        Config config = config(Map.of("report.finance.name", "department-summary",
                "report.finance.zone", "Asia/Shanghai", "report.finance.mail-to", "a@example.com, b@example.com",
                "report.traffic.name", "traffic", "report.traffic.every", "daily", "report.traffic.format", "csv",
                "report.traffic.options", "by=hour; limit=5"));
        assertEquals(List.of(
                new ScheduledReport("finance", "department-summary", Every.MONTHLY, ZoneId.of("Asia/Shanghai"),
                        ReportFormat.XLSX, null, Map.of(), List.of("a@example.com", "b@example.com")),
                new ScheduledReport("traffic", "traffic", Every.DAILY, ZoneId.systemDefault(), ReportFormat.CSV, null,
                        Map.of("by", "hour", "limit", "5"), List.of())),
                ReportSchedules.schedules(config, REPORTS).stream()
                        .sorted((a, b) -> a.id().compareTo(b.id())).toList());
    }

    @Test
    void mistakesNameTheirKey() {
        assertEquals("report.x: 'hourly': a report is made daily, weekly or monthly", assertThrows(ConfigException.class,
                () -> ReportSchedules.schedules(config(Map.of("report.x.name", "traffic", "report.x.every", "hourly")),
                        REPORTS)).getMessage());
        assertEquals("report.x: unknown report 'horoscope'; there are call-types, carrier-cost, cost-trend, "
                + "department-summary, extension-summary, inbound-tollfree, savings, top-destinations, traffic, "
                + "trunk-usage, unanswered, user-statement", assertThrows(ConfigException.class,
                () -> ReportSchedules.schedules(config(Map.of("report.x.name", "horoscope")), REPORTS)).getMessage());
        assertThrows(ConfigException.class, () -> ReportSchedules.schedules(config(Map.of("report.x.every", "daily")),
                REPORTS), "a schedule needs its report's name");
    }

    private static Config config(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        return new Config(properties);
    }
}
