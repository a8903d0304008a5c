package org.bluewhale.core;

/**
 * A call leg with its price.
 *
 * @param leg           the leg that was rated
 * @param callClass     how the dial plan classified it
 * @param billedSeconds the seconds charged after the tariff's increments
 * @param cost          what it cost, exact
 * @param tariff        name of the tariff (plan/class) that priced it, for audit
 */
public record RatedCall(CallLeg leg, CallClass callClass, long billedSeconds, Money cost, String tariff) {
}
