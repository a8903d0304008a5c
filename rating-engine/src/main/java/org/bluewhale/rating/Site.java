package org.bluewhale.rating;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A place PBXs belong to (several PBXs may share one): its dial plan, time zone, public holidays,
 * currency, and which carrier its calls go over.
 *
 * @param id                  the site id PBX descriptors name ({@code hq})
 * @param zone                the site's IANA zone; time bands are read in it unless the tariff names its own
 * @param holidays            the site's public holidays
 * @param currency            the currency of its unpriced (zero) costs; its plans should share it
 * @param classifier          its dial plan, ready to classify
 * @param carrierSelect       dialed carrier-select prefixes ({@code 17951}) and the plan each selects
 * @param trunkGroups         trunk group (the part of a trunk id before {@code /}) to the plan it carries
 * @param defaultPlan         the plan of calls no trunk group or prefix assigns, or null (unpriced)
 * @param referencePlan       the PSTN plan reference costs are computed with, or null
 * @param onNetTrunkGroups    trunk groups that lead to other sites of the company (tie lines, IP trunks)
 * @param publicNumbers       E.164 prefixes of the site's own numbers ({@code 862150}), without {@code +}:
 *                            calls to them from any site are on-net
 * @param tollFreeTrunkGroups incoming trunk groups of the company's toll-free numbers
 * @param tollFreeNumbers     the company's toll-free numbers as the PBX reports them dialed
 * @param timeline            the offsets of {@code zone}, resolved once so rating does not look it up per call
 */
public record Site(String id, ZoneId zone, HolidayCalendar holidays, Currency currency, CallClassifier classifier,
                   Map<String, TariffPlan> carrierSelect, Map<String, TariffPlan> trunkGroups, TariffPlan defaultPlan,
                   TariffPlan referencePlan, Set<String> onNetTrunkGroups, List<String> publicNumbers,
                   Set<String> tollFreeTrunkGroups, Set<String> tollFreeNumbers, ZoneTimeline timeline) {

    /** A site; its zone's timeline is resolved here. */
    public Site(String id, ZoneId zone, HolidayCalendar holidays, Currency currency, CallClassifier classifier,
                Map<String, TariffPlan> carrierSelect, Map<String, TariffPlan> trunkGroups, TariffPlan defaultPlan,
                TariffPlan referencePlan, Set<String> onNetTrunkGroups, List<String> publicNumbers,
                Set<String> tollFreeTrunkGroups, Set<String> tollFreeNumbers) {
        this(id, zone, holidays, currency, classifier, carrierSelect, trunkGroups, defaultPlan, referencePlan,
                onNetTrunkGroups, publicNumbers, tollFreeTrunkGroups, tollFreeNumbers, ZoneTimeline.of(zone));
    }

    /** Id of the site that rates legs of PBXs with no configured site. */
    public static final String UNCONFIGURED_ID = "unconfigured";

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(classifier, "classifier");
        if (!timeline.zone().equals(zone)) {
            throw new IllegalArgumentException("site " + id + ": timeline of " + timeline.zone() + ", zone " + zone);
        }
        // longest carrier-select prefix first, so 179510 wins over 17951
        Map<String, TariffPlan> sorted = new LinkedHashMap<>();
        Map<String, TariffPlan> given = carrierSelect;
        given.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(p -> sorted.put(p, given.get(p)));
        carrierSelect = java.util.Collections.unmodifiableMap(sorted);
        trunkGroups = Map.copyOf(trunkGroups);
        onNetTrunkGroups = Set.copyOf(onNetTrunkGroups);
        publicNumbers = List.copyOf(publicNumbers);
        tollFreeTrunkGroups = Set.copyOf(tollFreeTrunkGroups);
        tollFreeNumbers = Set.copyOf(tollFreeNumbers);
    }

    /**
     * The site for PBXs nobody assigned to a configured site: the {@link DialPlan#GENERIC generic}
     * plan (direction decides INTERNAL and INBOUND, every external number is UNKNOWN) and no
     * carrier, so such calls are kept, visible and priced 0.
     */
    public static Site unconfigured(Currency currency) {
        return new Site(UNCONFIGURED_ID, ZoneId.of("UTC"), HolidayCalendar.NONE, currency,
                new CallClassifier(DialPlan.GENERIC), Map.of(), Map.of(), null, null, Set.of(), List.of(),
                Set.of(), Set.of());
    }
}
