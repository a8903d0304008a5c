package org.bluewhale.core;

/** What kind of call a leg is, as the rater classifies it from the site's dial plan. */
public enum CallClass {
    INTERNAL, LOCAL, NATIONAL, MOBILE, INTERNATIONAL, TOLL_FREE, PREMIUM, EMERGENCY, INBOUND, UNKNOWN
}
