package org.bluewhale.server.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.export.ReportFormat;

/** Benchmarks of report exports: {@code bench xlsx}. */
public final class ReportBenchmarks {

    private ReportBenchmarks() {
    }

    /**
     * Streams an itemised statement of {@code rows} calls (rows generated as they are written, as
     * a database cursor would deliver them) into an XLSX file; prints the time, the file size and
     * the peak heap the JVM needed, so running it under {@code -Xmx512m} shows the export fits.
     */
    public static double xlsx(int rows) throws Exception {
        Report report = new Report("User statement", List.of(), List.of(ReportColumn.text("Start"),
                ReportColumn.text("Extension"), ReportColumn.text("Number dialed"), ReportColumn.text("Call type"),
                ReportColumn.duration("Duration"), ReportColumn.money("Cost")), () -> statement(rows), 2);
        Path file = Files.createTempFile("bluewhale-bench-", ".xlsx");
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ReportFormat.XLSX.exporter(false).export(report, out);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%,d rows streamed to XLSX in %.2f s, %,d bytes; max heap %,d MB, peak heap used %,d MB%n",
                rows, seconds, Files.size(file), Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
        Files.delete(file);
        return rows / seconds;
    }

    private static Iterator<ReportRow> statement(int rows) {
        String[] types = {"Local", "National", "Mobile", "International", "国内长途"};
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public ReportRow next() {
                int n = i++;
                return ReportRow.detail(String.format("2026-11-%02d %02d:%02d:%02d", 1 + n % 30, n % 24, n % 60, n % 59),
                        Integer.toString(2000 + n % 1000), "021" + (60_000_000 + n * 7L % 40_000_000),
                        types[n % types.length], (long) (n * 37 % 3600), BigDecimal.valueOf(n % 10_000, 2));
            }
        };
    }
}
