package org.bluewhale.reports.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportPeriod;
import org.bluewhale.reports.calls.CallFilter;
import org.bluewhale.reports.export.ReportFormat;
import org.bluewhale.reports.spi.ReportCatalogue;
import org.bluewhale.reports.spi.ReportRequest;
import org.bluewhale.reports.spi.ReportService;
import org.bluewhale.store.Database;
import org.bluewhale.store.Databases;
import org.bluewhale.store.bench.SummaryBenchmark;

/**
 * The department summary report end to end, query and export, over a month of N calls:
 * {@code SummaryBenchmark}'s company and calls, then the report built through the catalogue and
 * written as XLSX to a file, RUNS times. The first run rolls the month's days up (the server does
 * that daily, before anyone asks); the median of the others is what an operator waits.
 *
 * <pre>
 * java -cp ... org.bluewhale.reports.bench.SummaryReportBenchmark h2|postgresql ROWS DIR [RUNS]
 * </pre>
 */
public final class SummaryReportBenchmark {

    public static void main(String[] args) throws Exception {
        Databases kind = Databases.valueOf(args[0].toUpperCase(Locale.ROOT));
        long rows = Long.parseLong(args[1]);
        Path dir = Files.createTempDirectory(Path.of(args[2]), "summary-report-" + args[0]);
        int runs = Math.max(2, args.length > 3 ? Integer.parseInt(args[3]) : 5);
        try (Database db = Database.open(kind.url(dir), kind.user(), "")) {
            SummaryBenchmark.fill(db, kind, rows);
            ReportService reports = new ReportService(db, ReportCatalogue.builtIn());
            ReportPeriod march = new ReportPeriod(Instant.parse("2025-03-01T00:00:00Z"),
                    Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);
            long[] millis = new long[runs];
            Path out = dir.resolve("summary.xlsx");
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Report report = reports.build("department-summary", new ReportRequest(CallFilter.of(march),
                        Instant.now(), "bench", Map.of()));
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    ReportFormat.XLSX.exporter(false).export(report, file);
                }
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("run %d: %d ms, %s%n", i + 1, millis[i], report.header().get(3));
            }
            long[] later = Arrays.copyOfRange(millis, 1, runs);
            Arrays.sort(later);
            System.out.printf("%s department-summary of %d calls to XLSX: first run (rolls up) %d ms, then median %d ms of %s;"
                    + " file %d bytes%n", args[0], rows, millis[0], later[later.length / 2], Arrays.toString(later),
                    Files.size(out));
        } finally {
            Databases.dropServerSchemas();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
