package org.bluewhale.server.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.Rerater;

/**
 * A re-rating run priced by the rating model in place, over volume counters of its own (the live
 * ones are never counted twice); also seeds the live counters from the stored calls at start.
 */
public final class EngineRerater implements Rerater {

    /** Far enough back to hold the start of the current month in any time zone. */
    private static final Duration MONTH_BACK = Duration.ofDays(32);

    private final RatingEngine engine;

    private EngineRerater(RatingEngine engine) {
        this.engine = engine;
    }

    /** A run over {@code live}'s model with fresh volume counters (the run seeds them from the stored calls). */
    public static EngineRerater over(RatingEngine live) {
        return new EngineRerater(live.withLedger(UsageLedger.inMemory()));
    }

    /**
     * Counts the stored calls of the last month in {@code live}'s volume counters, so that a
     * restart mid-month continues every tier where it was (see {@link UsageLedger}).
     */
    public static void seedLiveUsage(RatingEngine live, CdrReader calls, Instant now) {
        calls.usage(now.minus(MONTH_BACK), now.toEpochMilli(), Long.MAX_VALUE, live.tieredTariffs(), live::countStored);
    }

    @Override
    public RatedCall rate(CallLeg leg) {
        return engine.rate(leg);
    }

    @Override
    public Set<String> countedTariffs() {
        return engine.tieredTariffs();
    }

    @Override
    public void countStored(String pbx, String tariff, long startMillis, long billedSeconds) {
        engine.countStored(pbx, tariff, startMillis, billedSeconds);
    }

    @Override
    public String siteOf(String pbx) {
        return engine.siteOf(pbx).id();
    }
}
