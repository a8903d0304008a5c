package org.bluewhale.rating;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Billed seconds per tariff plan and month, which volume tiers are priced by. The engine asks it
 * only for plans that have tiers. It outlives model swaps, so a new tariff file keeps the month's
 * count.
 */
public interface UsageLedger {

    /** Adds a call's billed seconds to the plan's month and returns the count before it. */
    long add(String planId, long month, long billedSeconds);

    /** The count so far, without adding. */
    long used(String planId, long month);

    /** A ledger in memory, counting from zero. */
    static UsageLedger inMemory() {
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        return new UsageLedger() {
            @Override
            public long add(String planId, long month, long billedSeconds) {
                return counts.computeIfAbsent(planId + "@" + month, k -> new AtomicLong()).getAndAdd(billedSeconds);
            }

            @Override
            public long used(String planId, long month) {
                AtomicLong count = counts.get(planId + "@" + month);
                return count == null ? 0 : count.get();
            }
        };
    }
}
