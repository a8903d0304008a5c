package org.bluewhale.rating;

import java.util.Comparator;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;

/**
 * Applies a {@link DialPlan}: tells the {@link CallClass} of a leg and writes the external number in
 * E.164. Immutable and thread-safe; a classification walks the number's digits once through a
 * prefix table and allocates little more than the result.
 *
 * <p>How a dialed number is read, first rule that fits wins:
 * <ol>
 *   <li>direction INCOMING is INBOUND (the caller's number is normalised), INTERNAL is INTERNAL;</li>
 *   <li>an extension of the site is INTERNAL;</li>
 *   <li>the longest matching prefix decides: an emergency number (exact), a mobile, toll-free or
 *       premium prefix, the international prefix (then the country code: the site's own country is
 *       read as a national number, any other is INTERNATIONAL) or the national prefix (then mobile,
 *       toll-free, premium prefixes again, the site's own area code followed by a local number is
 *       LOCAL, anything else of a national length is NATIONAL);</li>
 *   <li>a number of a local length is LOCAL;</li>
 *   <li>a number that fits none of these is tried again without a leading access code, since
 *       some PBXs (Cisco) keep the {@code 9} in the dialed number and others (Avaya) do not;</li>
 *   <li>anything else is UNKNOWN. A number already in {@code +} form skips straight to the
 *       country-code step.</li>
 * </ol>
 */
public final class CallClassifier {

    /** Shortest and longest E.164 numbers, country code included. */
    private static final int MIN_E164_DIGITS = 7;
    private static final int MAX_E164_DIGITS = 15;

    private final DialPlan plan;
    private final String domesticPrefix;
    private final String[] accessCodes;
    private final PrefixTable dialed = new PrefixTable();
    private final PrefixTable national = new PrefixTable();

    /** @throws IllegalArgumentException if two rules claim the same prefix */
    public CallClassifier(DialPlan plan) {
        this.plan = plan;
        this.domesticPrefix = "+" + plan.countryCode();
        this.accessCodes = plan.accessCodes().stream().filter(code -> !code.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
        for (PrefixTable table : new PrefixTable[] {dialed, national}) {
            plan.emergencyNumbers().forEach(number -> table.put(number, service(CallClass.EMERGENCY,
                    LengthSet.exactly(number.length()))));
            plan.mobilePrefixes().forEach(prefix -> table.put(prefix, service(CallClass.MOBILE, plan.mobileLengths())));
            plan.tollFreePrefixes().forEach(prefix -> table.put(prefix, service(CallClass.TOLL_FREE, LengthSet.ANY)));
            plan.premiumPrefixes().forEach(prefix -> table.put(prefix, service(CallClass.PREMIUM, LengthSet.ANY)));
        }
        if (!plan.internationalPrefix().isEmpty()) {
            dialed.put(plan.internationalPrefix(), this::fromCountryCode);
        }
        if (!plan.nationalPrefix().isEmpty()) {
            dialed.put(plan.nationalPrefix(), (number, end) -> nationalNumber(number.substring(end)));
        }
    }

    public DialPlan plan() {
        return plan;
    }

    /**
     * Classifies a leg.
     *
     * @param dialed    the dialed number as the PBX wrote it (may be empty)
     * @param direction the leg's direction
     * @param calling   the calling number, normalised for INBOUND legs
     */
    public Classification classify(String dialed, Direction direction, String calling) {
        return switch (direction) {
            case INCOMING -> new Classification(CallClass.INBOUND, classifyNumber(calling).e164());
            case INTERNAL -> Classification.INTERNAL;
            default -> classifyNumber(dialed);
        };
    }

    /** Classifies a number dialed from the site, as described in the class comment; null reads as empty. */
    public Classification classifyNumber(String raw) {
        String number = raw == null ? null : DialString.digits(raw);
        if (number == null || number.isEmpty()) {
            return Classification.UNKNOWN;
        }
        if (number.charAt(0) == '+') {
            Classification c = fromCountryCode(number, 1);
            return c == null ? Classification.UNKNOWN : c;
        }
        Classification asDialed = asDialed(number);
        if (asDialed != Classification.UNKNOWN) {
            return asDialed;
        }
        for (String code : accessCodes) {
            if (number.length() > code.length() && number.startsWith(code)) {
                Classification stripped = asDialed(number.substring(code.length()));
                if (stripped != Classification.UNKNOWN) {
                    return stripped;
                }
            }
        }
        return Classification.UNKNOWN;
    }

    private Classification asDialed(String number) {
        if (plan.extensions().contains(number)) {
            return Classification.INTERNAL;
        }
        Classification byPrefix = dialed.classify(number);
        if (byPrefix != null) {
            return byPrefix;
        }
        if (plan.localLengths().contains(number.length()) && !startsWithTrunkPrefix(number)) {
            return new Classification(CallClass.LOCAL, domesticPrefix + plan.areaCode() + number);
        }
        return Classification.UNKNOWN;
    }

    /** A number starting with the national or international prefix that did not parse is not local. */
    private boolean startsWithTrunkPrefix(String number) {
        return (!plan.nationalPrefix().isEmpty() && number.startsWith(plan.nationalPrefix()))
                || (!plan.internationalPrefix().isEmpty() && number.startsWith(plan.internationalPrefix()));
    }

    /** Reads {@code number} from {@code from} on as country code + national number; null if it cannot. */
    private Classification fromCountryCode(String number, int from) {
        int digits = number.length() - from;
        if (digits < MIN_E164_DIGITS || digits > MAX_E164_DIGITS) {
            return null;
        }
        String country = plan.countryCode();
        if (!country.isEmpty() && number.startsWith(country, from)) {
            Classification domestic = nationalNumber(number.substring(from + country.length()));
            return domestic != null ? domestic : new Classification(CallClass.UNKNOWN, "+" + number.substring(from));
        }
        CallClass callClass = country.isEmpty() ? CallClass.UNKNOWN : CallClass.INTERNATIONAL;
        return new Classification(callClass, "+" + number.substring(from));
    }

    /** Classifies a national significant number (what follows the national prefix); null if none. */
    private Classification nationalNumber(String nsn) {
        if (nsn.isEmpty() || startsWithTrunkPrefix(nsn)) {
            return null;
        }
        Classification service = national.classify(nsn);
        if (service != null) {
            return service;
        }
        String area = plan.areaCode();
        if (!area.isEmpty() && nsn.startsWith(area) && plan.localLengths().contains(nsn.length() - area.length())) {
            return new Classification(CallClass.LOCAL, domesticPrefix + nsn);
        }
        if (plan.nationalLengths().contains(nsn.length())) {
            return new Classification(CallClass.NATIONAL, domesticPrefix + nsn);
        }
        return null;
    }

    /** A rule for numbers reached without prefix: mobile, toll-free, premium, emergency. */
    private PrefixTable.Rule service(CallClass callClass, LengthSet lengths) {
        return (number, end) -> {
            if (!lengths.contains(number.length())) {
                return null;
            }
            // Short codes have no E.164 form.
            String e164 = callClass == CallClass.EMERGENCY ? "" : domesticPrefix + number;
            return new Classification(callClass, e164);
        };
    }
}
