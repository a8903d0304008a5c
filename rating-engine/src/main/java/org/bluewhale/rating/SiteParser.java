package org.bluewhale.rating;

import static org.bluewhale.rating.RatingKey.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bluewhale.core.CallClass;

/**
 * Reads one site's {@code site.<id>.*} keys into a {@link Site} with one plan (id = site id) whose
 * zones are the call classes: the simple form of the rating model. Every error names its key.
 */
final class SiteParser {

    private static final Pattern TARIFF_SYNTAX = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s+per\\s+(\\d+)\\s*/\\s*(\\d+)(?:\\s*\\+\\s*(\\d+(?:\\.\\d+)?)\\s+fee)?");
    private static final Set<CallClass> FREE_BY_DEFAULT = EnumSet.of(
            CallClass.INTERNAL, CallClass.INBOUND, CallClass.TOLL_FREE, CallClass.EMERGENCY, CallClass.UNKNOWN,
            CallClass.ON_NET, CallClass.INBOUND_TOLLFREE);

    private final Properties props;
    private final String id;

    private SiteParser(Properties props, String id) {
        this.props = props;
        this.id = id;
    }

    static Site parse(Properties props, String siteId) {
        return new SiteParser(props, siteId).site();
    }

    private Site site() {
        Currency currency = currency(CURRENCY.forSite(id), value(CURRENCY));
        RoundingMode rounding = rounding();
        String countryCode = digits(COUNTRY_CODE);
        if (countryCode.isEmpty() || countryCode.length() > 3) {
            throw new RatingConfigException(COUNTRY_CODE.forSite(id), "a country code has 1 to 3 digits, not '" + countryCode + "'");
        }
        DialPlan dialPlan = new DialPlan(countryCode, digits(AREA_CODE), extensions(), digitList(ACCESS_CODES),
                digits(NATIONAL_PREFIX), digits(INTERNATIONAL_PREFIX), lengths(LOCAL_LENGTHS),
                lengths(NATIONAL_LENGTHS), digitList(MOBILE_PREFIXES), lengths(MOBILE_LENGTHS),
                digitList(TOLL_FREE_PREFIXES), digitList(PREMIUM_PREFIXES), digitList(EMERGENCY));
        CallClassifier classifier;
        try {
            classifier = new CallClassifier(dialPlan);
        } catch (IllegalArgumentException e) {
            throw new RatingConfigException(SITE_PREFIX + id, e.getMessage()
                    + " (see its mobile, toll-free, premium prefixes and emergency numbers)");
        }
        List<ZoneTariff.Spec> zones = new ArrayList<>();
        for (CallClass callClass : CallClass.values()) {
            zones.add(tariff(callClass));
        }
        ZoneId zone = zone();
        TariffVersion.Spec always = new TariffVersion.Spec(Instant.EPOCH, null, zone, rounding,
                currency.getDefaultFractionDigits(), true, TimeBands.flat("all"), VolumeTiers.NONE, null, zones);
        TariffPlan plan;
        try {
            plan = new TariffPlan(id, currency, List.of(always));
        } catch (IllegalArgumentException e) {
            throw new RatingConfigException(SITE_PREFIX + id, e.getMessage());
        }
        return new Site(id, zone, HolidayCalendar.NONE, currency, classifier, Map.of(), Map.of(), plan, null,
                Set.of(), List.of(), Set.of(), Set.of());
    }

    private ZoneId zone() {
        String text = value(ZONE);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new RatingConfigException(ZONE.forSite(id), "'" + text + "' is not an IANA time zone such as Asia/Shanghai");
        }
    }

    static Currency currency(String key, String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RatingConfigException(key, "'" + code + "' is not an ISO 4217 currency code such as CNY or EUR");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new RatingConfigException(key, code + " has no minor unit to price in");
        }
        return currency;
    }

    private RoundingMode rounding() {
        String text = value(ROUNDING);
        try {
            RoundingMode mode = RoundingMode.valueOf(text.toUpperCase(Locale.ROOT));
            if (mode != RoundingMode.UNNECESSARY) {
                return mode;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new RatingConfigException(ROUNDING.forSite(id),
                "'" + text + "' is not one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN");
    }

    /** The class's zone of the site's plan: the zone is named after the class. */
    private ZoneTariff.Spec tariff(CallClass callClass) {
        String key = tariffKey(id, callClass);
        String text = props.getProperty(key);
        if (text == null) {
            if (FREE_BY_DEFAULT.contains(callClass)) {
                return ZoneTariff.Spec.perMinute(callClass.name(), "0", 1, 1);
            }
            throw new RatingConfigException(key, "required: " + TARIFF.doc());
        }
        String spec = text.strip().toLowerCase(Locale.ROOT);
        if (spec.equals("free")) {
            return ZoneTariff.Spec.perMinute(callClass.name(), "0", 1, 1);
        }
        Matcher m = TARIFF_SYNTAX.matcher(spec);
        if (!m.matches()) {
            throw new RatingConfigException(key, "'" + text.strip() + "' is not a tariff: write " + TARIFF.doc());
        }
        int first = seconds(key, m.group(2));
        int increment = seconds(key, m.group(3));
        BigDecimal fee = m.group(4) == null ? BigDecimal.ZERO : new BigDecimal(m.group(4));
        ZoneTariff.Spec zone = new ZoneTariff.Spec(callClass.name(), first, increment, fee, null, null, 0,
                Map.of("*", new BigDecimal(m.group(1))));
        try {
            new ZoneTariff(zone, List.of("all"), key); // checked here so the error names the key
        } catch (IllegalArgumentException e) {
            throw new RatingConfigException(key, "'" + text.strip() + "': " + e.getMessage());
        }
        return zone;
    }

    private static int seconds(String key, String digits) {
        if (digits.length() > 7) { // more than 115 days
            throw new RatingConfigException(key, digits + " seconds is not a sensible interval");
        }
        return Integer.parseInt(digits);
    }

    /** The stripped value of a key, its default when absent; a required key must be present. */
    private String value(RatingKey key) {
        String text = props.getProperty(key.forSite(id));
        if (text == null) {
            if (key.defaultValue() == null) {
                throw new RatingConfigException(key.forSite(id), "required: " + key.doc());
            }
            return key.defaultValue();
        }
        return text.strip();
    }

    private String digits(RatingKey key) {
        String text = value(key);
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RatingConfigException(key.forSite(id), "'" + text + "' must be digits only");
        }
        return text;
    }

    private List<String> digitList(RatingKey key) {
        List<String> list = new ArrayList<>();
        for (String part : value(key).split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new RatingConfigException(key.forSite(id), "'" + p + "' must be digits only");
            }
            list.add(p);
        }
        return list;
    }

    private LengthSet lengths(RatingKey key) {
        try {
            return LengthSet.parse(value(key));
        } catch (IllegalArgumentException e) {
            throw new RatingConfigException(key.forSite(id), e.getMessage());
        }
    }

    private ExtensionRanges extensions() {
        try {
            return ExtensionRanges.parse(value(EXTENSIONS));
        } catch (IllegalArgumentException e) {
            throw new RatingConfigException(EXTENSIONS.forSite(id), e.getMessage());
        }
    }
}
