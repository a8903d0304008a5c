package org.bluewhale.server.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.calls.FilterTerms;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a report of the stored calls to a file.",
                "Reports: department-summary, user-statement, extension-summary, trunk-usage, carrier-cost, "
                        + "top-destinations, call-types, savings, inbound-tollfree, unanswered, traffic, cost-trend, "
                        + "and those of the jars in DATA/plugins (docs/reports.md)."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The report, e.g. department-summary or top-destinations.")
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

    @Option(names = "--department", description = "Only the calls charged to this department (id or name) and those below it.")
    String department;

    @Option(names = "--site", description = "Only the calls of the PBXs of these sites (repeat or separate with commas).")
    List<String> sites;

    @Option(names = "--pbx", description = "Only the calls of these PBXs.")
    List<String> pbxs;

    @Option(names = "--carrier", description = "Only the calls priced by these carriers' tariffs.")
    List<String> carriers;

    @Option(names = "--type", description = "Only calls of these types: local, national, mobile, international, inbound...")
    List<String> types;

    @Option(names = "--option", description = "A report's own option, NAME=VALUE: by=hour (traffic), limit=50 "
            + "(top-destinations), user=NAME (user-statement).")
    Map<String, String> options = Map.of();

    @Option(names = "--excel-bom", description = "CSV: start with a byte-order mark so that Excel reads UTF-8.")
    boolean excelBom;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReportFormat reportFormat = ReportFormat.of(format);
        ReportPeriod period = new ReportPeriod(PeriodBound.start(from, zone), PeriodBound.end(to, zone), zone);
        try (Database database = CliDatabase.open(data, config, "download reports through GET /api/v1/reports/...")) {
            FilterTerms.Subtree subtree = department == null ? null
                    : FilterTerms.department(database.orgRepository(), department);
            CallFilter filter = new CallFilter(period, subtree == null ? null : subtree.ids(),
                    subtree == null ? null : subtree.label(), FilterTerms.list(sites), FilterTerms.list(pbxs),
                    FilterTerms.list(carriers), FilterTerms.callTypes(types), currency);
            ReportService reports = new ReportService(database, ReportCatalogue.withPlugins(data.resolve("plugins")));
            Report report = reports.build(name, new ReportRequest(filter, Instant.now(),
                    System.getProperty("user.name", "bluewhale"), options));
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                reportFormat.exporter(excelBom).export(report, file);
            }
        }
        System.out.println("report: " + name + " " + period.describe() + " written to " + out);
        return 0;
    }
}
