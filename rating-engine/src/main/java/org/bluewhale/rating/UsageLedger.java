package org.bluewhale.rating;

/**
 * Billed seconds per tariff plan and month, which volume tiers are priced by; for tiers counted
 * per department ({@link VolumeTiers.Scope#DEPARTMENT}), per plan, department and month, apart
 * from the whole plan's counts. The engine asks it only for plans that have tiers. It outlives model swaps, so a new tariff file keeps the month's
 * count.
 *
 * <p>It lives in memory and is not persisted: the server seeds it at start from the month's
 * stored calls ({@link RatingEngine#countStored}, one aggregate query per 500 tiered tariffs), so
 * a restart continues each tier where it was. Seeding rather than persisting, because the stored
 * calls already are the record of what was counted, committed with the journal position: a
 * separate counter table would cost a write per call on the rating path (which must stay pure and
 * fast) and could drift from the calls after a crash, a re-rating or a retention purge, while the
 * calls after the committed position are rated again after a crash and counted then, once.
 */
public interface UsageLedger {

    /** Adds a call's billed seconds to the plan's month and returns the count before it. */
    long add(String planId, long month, long billedSeconds);

    /** The count so far, without adding. */
    long used(String planId, long month);

    /**
     * Adds a call's billed seconds to its department's month on the plan and returns the count
     * before it; {@code departmentId} 0 counts the calls charged to no department.
     */
    long add(String planId, int departmentId, long month, long billedSeconds);

    /** A department's count so far on the plan, without adding. */
    long used(String planId, int departmentId, long month);

    /** A ledger in memory, counting from zero. */
    static UsageLedger inMemory() {
        return new MemoryUsageLedger();
    }
}
