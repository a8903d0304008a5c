package org.bluewhale.server.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.summary.DepartmentSummaryReport;
import org.bluewhale.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a report of the stored calls to a file.",
                "Reports: department-summary (cost, savings, calls and duration per department and person, "
                        + "with subtotals and cost per call type)."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The report: department-summary.")
    String name;

    @Option(names = "--data", defaultValue = "data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: DATA/bluewhale.properties if present).")
    Path config;

    @Option(names = "--from", required = true,
            description = "First day (2026-11-01, in --zone) or instant (2026-11-01T00:00:00Z) of the period.")
    String from;

    @Option(names = "--to", required = true,
            description = "Last day of the period, included (2026-11-30), or the instant it ends before.")
    String to;

    @Option(names = "--zone", defaultValue = "UTC",
            description = "Time zone the period and the report's times are in (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--format", defaultValue = "xlsx", description = "xlsx, html, csv, txt or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--currency", description = "Report in this currency when the calls are in several.")
    String currency;

    @Option(names = "--excel-bom", description = "CSV: start with a byte-order mark so that Excel reads UTF-8.")
    boolean excelBom;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!name.equals("department-summary")) {
            throw new IllegalArgumentException("unknown report '" + name + "'; this version has department-summary");
        }
        ReportFormat reportFormat = ReportFormat.of(format);
        ReportPeriod period = new ReportPeriod(PeriodBound.start(from, zone), PeriodBound.end(to, zone), zone);
        try (Database database = CliDatabase.open(data, config, "download reports through GET /api/v1/reports/...")) {
            Report report = DepartmentSummaryReport.of(database.departmentSummary().between(period.from(), period.to()),
                    period, Instant.now(), System.getProperty("user.name", "bluewhale"), currency);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                reportFormat.exporter(excelBom).export(report, file);
            }
        }
        System.out.println("report: " + name + " " + period.describe() + " written to " + out);
        return 0;
    }
}
