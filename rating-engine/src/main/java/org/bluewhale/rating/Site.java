package org.bluewhale.rating;

import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.bluewhale.core.CallClass;

/**
 * A place PBXs belong to: its dial plan and a tariff for every call class, all in one currency.
 *
 * @param id         the site id used in configuration and PBX descriptors ({@code hq})
 * @param currency   the currency of every tariff of the site
 * @param classifier the site's dial plan, ready to classify
 * @param tariffs    a tariff for every {@link CallClass}
 */
public record Site(String id, Currency currency, CallClassifier classifier, Map<CallClass, Tariff> tariffs) {

    /** Id of the site that rates legs of PBXs with no configured site. */
    public static final String UNCONFIGURED_ID = "unconfigured";

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(classifier, "classifier");
        EnumMap<CallClass, Tariff> copy = new EnumMap<>(CallClass.class);
        copy.putAll(tariffs);
        for (CallClass callClass : CallClass.values()) {
            Tariff tariff = copy.get(callClass);
            if (tariff == null) {
                throw new IllegalArgumentException("site " + id + " has no tariff for " + callClass);
            }
            if (!tariff.currency().equals(currency)) {
                throw new IllegalArgumentException("site " + id + " is in " + currency + " but its tariff "
                        + tariff.name() + " is in " + tariff.currency());
            }
        }
        tariffs = Collections.unmodifiableMap(copy);
    }

    /**
     * The site for PBXs nobody assigned to a configured site: the {@link DialPlan#GENERIC generic}
     * plan (direction decides INTERNAL and INBOUND, every external number is UNKNOWN) and free
     * tariffs named {@code unconfigured/<CLASS>}, so such calls are kept, visible and priced 0.
     */
    public static Site unconfigured(Currency currency) {
        EnumMap<CallClass, Tariff> free = new EnumMap<>(CallClass.class);
        for (CallClass callClass : CallClass.values()) {
            free.put(callClass, Tariff.free(tariffName(UNCONFIGURED_ID, callClass), currency));
        }
        return new Site(UNCONFIGURED_ID, currency, new CallClassifier(DialPlan.GENERIC), free);
    }

    /** The audit name of a site's tariff for a class: {@code hq/INTERNATIONAL}. */
    public static String tariffName(String siteId, CallClass callClass) {
        return siteId + "/" + callClass.name();
    }

    public Tariff tariff(CallClass callClass) {
        return tariffs.get(callClass);
    }
}
