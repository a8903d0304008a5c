package org.bluewhale.rating.bench;

import java.util.List;
import org.bluewhale.rating.RatingModel;

/**
 * Times loading {@link ScaleModel}'s 1,000,000 prefix rules from CSV text (parse, trie build,
 * tariff compile) and reports the heap the loaded model holds. Run with {@code -Xmx1g} to show it
 * fits; see BENCHMARKS.md.
 */
public final class LoadScaleModel {

    private LoadScaleModel() {
    }

    public static void main(String[] args) {
        for (int run = 1; run <= 5; run++) {
            List<String> csvs = ScaleModel.csvs();
            long before = usedAfterGc();
            long started = System.nanoTime();
            RatingModel model = ScaleModel.build(csvs);
            long elapsed = System.nanoTime() - started;
            csvs = null;
            long held = usedAfterGc() - before;
            long rules = model.carriers().values().stream()
                    .mapToLong(c -> c.defaultPlan().versions().get(0).spec().destinations().size()).sum();
            System.out.printf("run %d: %,d rules loaded in %.2f s; model holds %,d MB of heap (max heap %,d MB)%n",
                    run, rules, elapsed / 1e9, held >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
