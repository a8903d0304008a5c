package org.bluewhale.reports;

import java.util.EnumMap;
import java.util.Map;
import org.bluewhale.core.CallClass;

/** How reports name call types. */
public final class CallTypeTitles {

    private static final Map<CallClass, String> TITLES = new EnumMap<>(Map.ofEntries(
            Map.entry(CallClass.INTERNAL, "Internal"), Map.entry(CallClass.ON_NET, "On-net"),
            Map.entry(CallClass.LOCAL, "Local"), Map.entry(CallClass.NATIONAL, "National"),
            Map.entry(CallClass.MOBILE, "Mobile"), Map.entry(CallClass.INTERNATIONAL, "International"),
            Map.entry(CallClass.TOLL_FREE, "Free"), Map.entry(CallClass.PREMIUM, "Premium"),
            Map.entry(CallClass.EMERGENCY, "Emergency"), Map.entry(CallClass.INBOUND, "Inbound"),
            Map.entry(CallClass.INBOUND_TOLLFREE, "Inbound toll-free"), Map.entry(CallClass.UNKNOWN, "Unknown")));

    private CallTypeTitles() {
    }

    public static String of(CallClass type) {
        return TITLES.get(type);
    }
}
