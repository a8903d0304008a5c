package org.bluewhale.rating;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything rating needs, immutable: the sites with their dial plans and carrier choices, and the
 * carriers with their versioned tariff plans. The server builds one from its configuration and
 * swaps in a new one when the configuration changes.
 *
 * @param sites        configured sites by id
 * @param carriers     carriers by id
 * @param unconfigured the site for PBXs with no configured site
 */
public record RatingModel(Map<String, Site> sites, Map<String, Carrier> carriers, Site unconfigured,
                          DestinationTable onNetNumbers) {

    public RatingModel {
        sites = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
        carriers = Collections.unmodifiableMap(new LinkedHashMap<>(carriers));
        Objects.requireNonNull(unconfigured, "unconfigured");
        Objects.requireNonNull(onNetNumbers, "onNetNumbers");
    }

    /**
     * A model of these sites and carriers; the public numbers of all sites become the on-net ranges.
     *
     * @param fallbackCurrency the currency of the zero cost of calls from unconfigured PBXs
     * @throws IllegalArgumentException if two sites claim the same public number prefix
     */
    public static RatingModel of(Map<String, Site> sites, Map<String, Carrier> carriers, Currency fallbackCurrency) {
        DestinationTable.Builder onNet = new DestinationTable.Builder();
        sites.values().forEach(site -> site.publicNumbers().forEach(prefix -> onNet.put(prefix, site.id())));
        return new RatingModel(sites, carriers, Site.unconfigured(fallbackCurrency), onNet.build());
    }

    /** The configured site with this id, if any. */
    public Optional<Site> site(String siteId) {
        return Optional.ofNullable(siteId == null ? null : sites.get(siteId));
    }
}
