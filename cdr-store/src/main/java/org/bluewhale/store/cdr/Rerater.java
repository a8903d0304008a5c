package org.bluewhale.store.cdr;

import java.util.Set;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;

/**
 * How one run of a re-rating job prices calls: the rating model in place with volume counters of
 * the run's own, never the live ones, so that re-rating a month counts its usage once, in start order.
 */
public interface Rerater {

    /** Prices a call of the job again, counting its usage in the run's counters. */
    RatedCall rate(CallLeg leg);

    /** The tariffs whose usage volume tiers count; only stored calls of these are counted. */
    Set<String> countedTariffs();

    /**
     * Counts billed seconds of stored calls before the cursor, summed per tariff, PBX, charged
     * department (0: none) and quarter hour ({@link CdrReader#usage}).
     */
    void countStored(String pbx, String tariff, int departmentId, long startMillis, long billedSeconds);

    /** Counts a stored call the run leaves as it is (filtered out). */
    void countStored(StoredCdr call);

    /**
     * A call's new rating is committed: the live volume counters, which counted it as it was
     * stored, now count it as re-rated.
     */
    void rerated(StoredCdr before, RatedCall after);

    /** The site of a PBX, for a job filtered by site; null when it has none. */
    String siteOf(String pbx);
}
