package org.bluewhale.rating;

import java.util.Locale;
import org.bluewhale.core.CallClass;

/**
 * The catalogue of rating configuration keys: each declared once, with its type, default and doc.
 * {@code <id>} is a site id (letters, digits, {@code _ -}); {@code <class>} is a call class in lower
 * case with {@code -} ({@code toll-free}). {@link #markdownTable()} renders the docs page.
 */
public enum RatingKey {
    COUNTRY_CODE("site.<id>.country-code", "digits", null,
            "Country code of the site, without + (86)."),
    AREA_CODE("site.<id>.area-code", "digits", "",
            "Area code of the site without the national prefix (21); local numbers are put under it."),
    CURRENCY("site.<id>.currency", "ISO 4217 code", null,
            "Currency of all the site's tariffs (CNY)."),
    ROUNDING("site.<id>.rounding", "java.math.RoundingMode", "HALF_UP",
            "How each call's exact cost is rounded to the currency's minor units (HALF_UP, HALF_EVEN, UP...)."),
    ZONE("site.<id>.zone", "IANA zone id", "UTC",
            "The site's time zone (Asia/Shanghai); rating reads the month of volume tiers in it."),
    EXTENSIONS("site.<id>.extensions", "digit ranges", "",
            "The site's extension numbers (2000-2999,3000-3099); calls to them are INTERNAL."),
    ACCESS_CODES("site.<id>.access-codes", "digit list", "",
            "Outside-line access codes (9) removed from a dialed number that still carries one."),
    NATIONAL_PREFIX("site.<id>.national-prefix", "digits", "0",
            "Trunk prefix before an area code; empty disables national numbers."),
    INTERNATIONAL_PREFIX("site.<id>.international-prefix", "digits", "00",
            "Prefix before a country code; empty disables international numbers."),
    LOCAL_LENGTHS("site.<id>.local-lengths", "lengths", "",
            "Lengths of local subscriber numbers dialed without prefix (8, or 7-8)."),
    NATIONAL_LENGTHS("site.<id>.national-lengths", "lengths", "any",
            "Lengths of national numbers after the national prefix, area code included (9-11)."),
    MOBILE_PREFIXES("site.<id>.mobile-prefixes", "digit list", "",
            "Prefixes of mobile numbers (13,15,17,18,19)."),
    MOBILE_LENGTHS("site.<id>.mobile-lengths", "lengths", "any",
            "Lengths of mobile numbers (11)."),
    TOLL_FREE_PREFIXES("site.<id>.toll-free-prefixes", "digit list", "",
            "Prefixes of toll-free numbers (400,800)."),
    PREMIUM_PREFIXES("site.<id>.premium-prefixes", "digit list", "",
            "Prefixes of premium-rate numbers (168)."),
    EMERGENCY("site.<id>.emergency", "digit list", "",
            "Emergency numbers, matched exactly (110,119,120,122)."),
    TARIFF("site.<id>.tariff.<class>", "tariff", "free for internal, inbound, toll-free, emergency, unknown;"
            + " required for local, national, mobile, international, premium",
            "'<price per minute> per <first>/<increment> [+ <fee> fee]' in major units "
            + "(1.50 per 30/6 + 0.50 fee), or 'free'."),
    MODEL("rating.model", "file path", "(none: the site.* keys are the model)",
            "A JSON rating model (sites, carriers, versioned tariff plans; docs/rating.md), reloaded without a"
            + " restart when it changes; 'demo' is the built-in demo model. When set, site.* keys are not used."),
    FALLBACK_CURRENCY("rating.fallback-currency", "ISO 4217 code",
            "the sites' currency when they all share one; USD when no site is configured; else required",
            "Currency of the zero cost given to legs of PBXs whose site is not configured.");

    static final String SITE_PREFIX = "site.";

    private final String pattern;
    private final String type;
    private final String defaultValue;
    private final String doc;

    RatingKey(String pattern, String type, String defaultValue, String doc) {
        this.pattern = pattern;
        this.type = type;
        this.defaultValue = defaultValue;
        this.doc = doc;
    }

    /** The key as written in a file, with placeholders: {@code site.<id>.country-code}. */
    public String pattern() {
        return pattern;
    }

    public String type() {
        return type;
    }

    /** The default as text, or null when the key is required. */
    public String defaultValue() {
        return defaultValue;
    }

    public String doc() {
        return doc;
    }

    /** The concrete key for a site: {@code site.hq.country-code}. */
    public String forSite(String siteId) {
        return pattern.replace("<id>", siteId);
    }

    /** The tariff key of a class at a site: {@code site.hq.tariff.toll-free}. */
    public static String tariffKey(String siteId, CallClass callClass) {
        return TARIFF.forSite(siteId).replace("<class>", classInKey(callClass));
    }

    /** How a class is written in a tariff key: {@code toll-free}. */
    static String classInKey(CallClass callClass) {
        return callClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What follows {@code site.<id>.} in a per-site key ({@code country-code}), or null for a global key. */
    String siteSuffix() {
        String head = SITE_PREFIX + "<id>.";
        return pattern.startsWith(head) ? pattern.substring(head.length()) : null;
    }

    /** The catalogue as a Markdown table, for the configuration docs. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (RatingKey key : values()) {
            String def = key.defaultValue == null ? "required" : key.defaultValue.isEmpty() ? "(none)" : key.defaultValue;
            sb.append("| `").append(key.pattern).append("` | ").append(key.type).append(" | ")
                    .append(def).append(" | ").append(key.doc).append(" |\n");
        }
        return sb.toString();
    }
}
