package org.bluewhale.web;

import java.time.Instant;
import java.util.Set;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.rating.RatingEngine;
import org.bluewhale.rating.UsageLedger;
import org.bluewhale.store.cdr.CdrReader;
import org.bluewhale.store.cdr.Rerater;
import org.bluewhale.store.cdr.Rerating;
import org.bluewhale.store.cdr.StoredCdr;

/**
 * A re-rating run priced by the rating model in place, over volume counters of its own (the live
 * ones are never counted twice, only corrected by what re-rating changed); also seeds the live
 * counters from the stored calls at start.
 */
public final class EngineRerater implements Rerater {

    private final RatingEngine engine;
    private final RatingEngine live;

    private EngineRerater(RatingEngine engine, RatingEngine live) {
        this.engine = engine;
        this.live = live;
    }

    /**
     * A run over {@code live}'s model with fresh volume counters (the run seeds them from the
     * stored calls); {@code live}'s counters are corrected as each re-rated call is committed.
     */
    public static EngineRerater over(RatingEngine live) {
        return new EngineRerater(live.withLedger(UsageLedger.inMemory()), live);
    }

    /**
     * Counts the stored calls of the last month in {@code live}'s volume counters, so that a
     * restart mid-month continues every tier where it was (see {@link UsageLedger}).
     */
    public static void seedLiveUsage(RatingEngine live, CdrReader calls, Instant now) {
        calls.usage(now.minus(Rerating.MONTH_BACK), now.toEpochMilli(), Long.MAX_VALUE, live.tieredTariffs(), live::countStored);
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
    public void countStored(String pbx, String tariff, int departmentId, long startMillis, long billedSeconds) {
        engine.countStored(pbx, tariff, departmentId, startMillis, billedSeconds);
    }

    @Override
    public void countStored(StoredCdr call) {
        engine.countStored(call.asLeg(), call.tariff(), call.billedSeconds());
    }

    /** Takes the call's stored usage out of the live counters and puts its new usage in. */
    @Override
    public void rerated(StoredCdr before, RatedCall after) {
        CallLeg leg = before.asLeg();
        live.countStored(leg, before.tariff(), -before.billedSeconds());
        live.countStored(leg, after.tariff() == null ? "" : after.tariff(), after.billedSeconds());
    }

    @Override
    public String siteOf(String pbx) {
        return engine.siteOf(pbx).id();
    }
}
