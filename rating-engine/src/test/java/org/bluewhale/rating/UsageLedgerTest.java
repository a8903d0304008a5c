package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-memory ledger counts every call once, in its plan and month, also when threads race. */
class UsageLedgerTest {

    private static final String[] PLANS = {"a/std", "b/std", "c/std"};

    @Test
    void concurrentCallsTileEachPlanMonthWithoutGapOrOverlap() throws Exception {
        UsageLedger ledger = UsageLedger.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long seed = t;
            results.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                List<long[]> counted = new ArrayList<>(); // {plan, month, before, billed}
                for (int i = 0; i < 20_000; i++) {
                    int plan = random.nextInt(PLANS.length);
                    long month = 24_312 + random.nextInt(3); // months interleave, so the latest month flips
                    long billed = 1 + random.nextInt(600);
                    counted.add(new long[] {plan, month, ledger.add(PLANS[plan], month, billed), billed});
                }
                return counted;
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<List<long[]>> result : results) {
            all.addAll(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        for (int plan = 0; plan < PLANS.length; plan++) {
            for (long month = 24_312; month < 24_315; month++) {
                int p = plan;
                long m = month;
                List<long[]> calls = all.stream().filter(c -> c[0] == p && c[1] == m)
                        .sorted((x, y) -> Long.compare(x[2], y[2])).toList();
                long next = 0;
                for (long[] call : calls) {
                    assertEquals(next, call[2], PLANS[plan] + " month " + month + ": each call starts where the one before ended");
                    next += call[3];
                }
                assertEquals(next, ledger.used(PLANS[plan], month));
            }
        }
        assertEquals(0, ledger.used("a/std", 1), "a month nobody counted is empty");
        assertEquals(0, ledger.used("unknown/plan", 24_312));
    }

    @Test
    void departmentCountsAreApartFromEachOtherAndFromThePlansCount() {
        UsageLedger ledger = UsageLedger.inMemory();
        assertEquals(0, ledger.add("a/std", 7, 24_312, 60));
        assertEquals(60, ledger.add("a/std", 7, 24_312, 30));
        assertEquals(0, ledger.add("a/std", 8, 24_312, 45));
        assertEquals(0, ledger.add("a/std", 0, 24_312, 15), "charged to no department: a count of its own");
        assertEquals(0, ledger.add("a/std", 7, 24_313, 5), "next month");
        assertEquals(0, ledger.add("b/std", 7, 24_312, 5), "another plan");
        assertEquals(90, ledger.used("a/std", 7, 24_312));
        assertEquals(45, ledger.used("a/std", 8, 24_312));
        assertEquals(0, ledger.used("a/std", 24_312), "the whole plan's count is another one");
        assertEquals(0, ledger.used("a/std", 9, 24_312));
    }
}
