package org.bluewhale.offline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.offline.OfflineDatabase;
import org.bluewhale.store.SampleCalls;

/**
 * Fills a fresh offline database with N records in store-sized batches (what the pipeline hands
 * over during an outage), then reads back and removes the first M records as the drain does
 * (without a main database). Times only the offline database's calls, and reports its size.
 *
 * <pre>
 * java -cp ... org.bluewhale.offline.bench.OfflineBenchmark RECORDS BATCH DRAIN-RECORDS DIR
 * </pre>
 */
public final class OfflineBenchmark {

    public static void main(String[] args) throws Exception {
        long records = Long.parseLong(args[0]);
        int batchSize = Integer.parseInt(args[1]);
        long drainRecords = Long.parseLong(args[2]);
        Path dir = Files.createTempDirectory(Path.of(args[3]), "offline-bench");
        SampleCalls samples = new SampleCalls(42);
        List<StoreBatch> batches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batches.add(new StoreBatch(samples.calls("avaya-paris", (long) i * batchSize, batchSize,
                    Instant.parse("2026-03-01T08:00:00Z")), List.of(), (long) (i + 1) * batchSize));
        }
        try (OfflineDatabase offline = OfflineDatabase.open(dir.resolve("offline.sqlite"))) {
            long start = System.nanoTime();
            for (long written = 0, i = 0; written < records; written += batchSize, i++) {
                offline.append(batches.get((int) (i % batches.size())));
            }
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            long bytes = offline.bytesOnDisk();
            System.out.printf("append: %,d records in %.1f s = %,.0f records/s; %,d bytes = %.1f bytes/record%n",
                    offline.records(), appendSeconds, offline.records() / appendSeconds, bytes,
                    (double) bytes / offline.records());
            start = System.nanoTime();
            long drained = 0;
            while (drained < drainRecords) {
                OfflineDatabase.Entry entry = offline.oldest().orElseThrow();
                offline.remove(entry);
                drained += entry.batch().size();
            }
            double drainSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("read+remove (drain without the main database): %,d records in %.1f s = %,.0f records/s%n",
                    drained, drainSeconds, drained / drainSeconds);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
