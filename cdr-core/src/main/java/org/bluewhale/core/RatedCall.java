package org.bluewhale.core;

import java.util.Objects;

/**
 * A call leg with its price.
 *
 * @param leg           the leg that was rated
 * @param callClass     how the dial plan classified it
 * @param billedSeconds the seconds charged after the tariff's increments
 * @param cost          what it cost, exact
 * @param tariff        name of the tariff (plan/class) that priced it, for audit
 * @param referenceCost what the call would have cost over the site's reference (PSTN) carrier, in
 *                      the same currency; equal to {@code cost} when there is no reference carrier
 *                      or the call went over it. Savings are {@code referenceCost - cost}.
 */
public record RatedCall(CallLeg leg, CallClass callClass, long billedSeconds, Money cost, String tariff,
                        Money referenceCost) {

    public RatedCall {
        Objects.requireNonNull(cost, "cost");
        referenceCost = referenceCost == null ? cost : referenceCost;
    }

    /** A rated call without a separate reference cost (its reference cost is its cost). */
    public RatedCall(CallLeg leg, CallClass callClass, long billedSeconds, Money cost, String tariff) {
        this(leg, callClass, billedSeconds, cost, tariff, cost);
    }
}
