package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.rating.bench.ScaleModel;
import org.junit.jupiter.api.Test;

/**
 * The hot path ({@link RatingEngine#rate}: per-thread buffers, the band cut kept between a call's
 * actual and reference pricing, indexed tries and trunk groups) against {@link RatingEngine#explain},
 * which prices every call afresh with new buffers and records each part, over the benchmark's kind
 * of model and traffic.
 */
class RatingFastPathTest {

    @Test
    void rateGivesWhatAFreshPricingOfEveryCallGives() {
        RatingEngine engine = new RatingEngine(ScaleModel.build(ScaleModel.csvs(60)), ScaleModel.SITE_OF_PBX::get,
                UsageLedger.inMemory());
        CallLeg[] legs = ScaleModel.legs(20_000, 9, 100);
        long priced = 0;
        for (CallLeg leg : legs) {
            RatedCall rated = engine.rate(leg);
            RatingTrace trace = engine.explain(leg);
            String what = leg.dialedNumber() + " at " + leg.start() + " for " + leg.durationSeconds() + " s";
            assertEquals(trace.callClass(), rated.callClass(), what);
            assertEquals(trace.actual().cost(), rated.cost(), what);
            assertEquals(trace.actual().billedSeconds(), rated.billedSeconds(), what);
            assertEquals(trace.reference() == null ? trace.actual().cost() : trace.reference().cost(),
                    rated.referenceCost(), what);
            priced += rated.cost().minorUnits() > 0 ? 1 : 0;
        }
        assertEquals(true, priced > legs.length / 2, "most calls cost something: " + priced);
    }
}
