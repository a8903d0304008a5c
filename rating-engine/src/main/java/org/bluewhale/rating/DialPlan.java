package org.bluewhale.rating;

import java.util.List;
import java.util.Objects;

/**
 * A site's numbering rules, as configured; {@link CallClassifier} applies them. All codes and
 * prefixes are digit strings; an empty prefix switches its rule off.
 *
 * @param countryCode         the site's country code without {@code +} ({@code 86}); empty when unknown
 * @param areaCode            the site's area code without the national prefix ({@code 21}), or empty
 * @param extensions          the site's own extension numbers
 * @param accessCodes         outside-line access codes ({@code 9}) a dialed number may still carry
 * @param nationalPrefix      trunk prefix before an area code ({@code 0})
 * @param internationalPrefix prefix before a country code ({@code 00})
 * @param localLengths        lengths of subscriber numbers dialed without any prefix
 * @param nationalLengths     lengths of national numbers after the national prefix (area + subscriber)
 * @param mobilePrefixes      prefixes of mobile numbers, as dialed without national prefix
 * @param mobileLengths       lengths of mobile numbers
 * @param tollFreePrefixes    prefixes of toll-free numbers (any length)
 * @param premiumPrefixes     prefixes of premium-rate numbers (any length)
 * @param emergencyNumbers    emergency short numbers, matched exactly
 */
public record DialPlan(String countryCode, String areaCode, ExtensionRanges extensions,
                       List<String> accessCodes, String nationalPrefix, String internationalPrefix,
                       LengthSet localLengths, LengthSet nationalLengths,
                       List<String> mobilePrefixes, LengthSet mobileLengths,
                       List<String> tollFreePrefixes, List<String> premiumPrefixes,
                       List<String> emergencyNumbers) {

    /**
     * The plan of a site nobody configured: it knows no country, no prefixes and no extensions,
     * so only the leg's direction (internal, incoming) classifies; every external number is UNKNOWN.
     */
    public static final DialPlan GENERIC = new DialPlan("", "", ExtensionRanges.NONE, List.of(), "", "",
            LengthSet.NONE, LengthSet.NONE, List.of(), LengthSet.NONE, List.of(), List.of(), List.of());

    public DialPlan {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(nationalPrefix, "nationalPrefix");
        Objects.requireNonNull(internationalPrefix, "internationalPrefix");
        Objects.requireNonNull(localLengths, "localLengths");
        Objects.requireNonNull(nationalLengths, "nationalLengths");
        Objects.requireNonNull(mobileLengths, "mobileLengths");
        accessCodes = List.copyOf(accessCodes);
        mobilePrefixes = List.copyOf(mobilePrefixes);
        tollFreePrefixes = List.copyOf(tollFreePrefixes);
        premiumPrefixes = List.copyOf(premiumPrefixes);
        emergencyNumbers = List.copyOf(emergencyNumbers);
    }
}
