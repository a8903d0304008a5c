package org.bluewhale.core;

/**
 * What kind of call a leg is, as the rater classifies it from the site's dial plan.
 * {@code ON_NET} is a call to another site of the company (by trunk group or by that site's
 * numbers); {@code INBOUND_TOLLFREE} an incoming call on a toll-free (400/800) number the company
 * pays for.
 */
public enum CallClass {
    INTERNAL, LOCAL, NATIONAL, MOBILE, INTERNATIONAL, TOLL_FREE, PREMIUM, EMERGENCY, INBOUND, UNKNOWN,
    ON_NET, INBOUND_TOLLFREE
}
