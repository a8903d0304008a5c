package org.bluewhale.rating;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.Rater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rates a leg with the dial plan and tariffs of its PBX's site. Thread-safe: the configuration is
 * immutable and rating keeps no state except the set of PBXs already warned about.
 *
 * <p>A PBX that maps to no configured site is rated by the {@link Site#unconfigured unconfigured}
 * site (class UNKNOWN for external numbers, cost 0, tariff {@code unconfigured/<CLASS>}) and a
 * warning is logged once per PBX, so such calls are kept and visible, never lost.
 */
public final class TariffRater implements Rater {

    private static final Logger log = LoggerFactory.getLogger(TariffRater.class);

    private final RatingConfig config;
    private final Function<String, String> siteOfPbx;
    private final Set<String> pbxsWithoutSite = ConcurrentHashMap.newKeySet();

    /**
     * @param config    the sites
     * @param siteOfPbx the site id of a PBX id (typically {@code PbxDescriptor::site} looked up by
     *                  id), null when unknown; called on every rating, so it should be a map lookup
     */
    public TariffRater(RatingConfig config, Function<String, String> siteOfPbx) {
        this.config = Objects.requireNonNull(config, "config");
        this.siteOfPbx = Objects.requireNonNull(siteOfPbx, "siteOfPbx");
    }

    @Override
    public RatedCall rate(CallLeg leg) {
        return rateInDetail(leg).ratedCall();
    }

    /** Rates a leg and also returns its E.164 number and site, which the store keeps. */
    public RatingOutcome rateInDetail(CallLeg leg) {
        Site site = siteOf(leg.pbxId());
        Classification classification = site.classifier()
                .classify(leg.dialedNumber(), leg.direction(), leg.callingNumber());
        Tariff tariff = site.tariff(classification.callClass());
        long billedSeconds = tariff.billedSeconds(leg.durationSeconds());
        RatedCall rated = new RatedCall(leg, classification.callClass(), billedSeconds,
                tariff.cost(billedSeconds), tariff.name());
        return new RatingOutcome(rated, classification, site.id());
    }

    /** The site that rates legs of a PBX: its configured site, else the unconfigured one. */
    public Site siteOf(String pbxId) {
        String siteId = siteOfPbx.apply(pbxId);
        Site site = siteId == null ? null : config.sites().get(siteId);
        if (site != null) {
            return site;
        }
        if (pbxsWithoutSite.add(pbxId)) {
            log.warn("PBX {} belongs to {}, which has no rating configuration: its calls are kept, priced 0"
                            + " under tariff {}/* (configure site.<id>.* keys to price them)",
                    pbxId, siteId == null ? "no site" : "site '" + siteId + "'", Site.UNCONFIGURED_ID);
        }
        return config.unconfigured();
    }
}
