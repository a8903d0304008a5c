package org.bluewhale.rating;

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
        return new MemoryUsageLedger();
    }
}
