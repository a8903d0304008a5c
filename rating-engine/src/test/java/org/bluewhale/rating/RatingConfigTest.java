package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.Currency;
import org.bluewhale.core.CallClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingConfigTest {

    private static ZoneTariff zone(Site site, CallClass callClass) {
        return site.defaultPlan().versions().get(0).byClass[callClass.ordinal()];
    }

    @Test
    void demoSiteCarriesTheAgreedTariffs() {
        Site hq = RatingConfig.demoProperties().sites().get("hq");

        assertEquals(Currency.getInstance("CNY"), hq.currency());
        ZoneTariff international = zone(hq, CallClass.INTERNATIONAL);
        assertEquals("hq/INTERNATIONAL", international.tariffName);
        assertEquals(1_500_000, international.microsPerMinuteByBand[0]);
        assertEquals(30, international.firstSeconds);
        assertEquals(6, international.incrementSeconds);
        assertEquals(500_000, international.feeMicros);
        assertEquals(RoundingMode.HALF_UP, hq.defaultPlan().versions().get(0).rounding);
        assertEquals(6, zone(hq, CallClass.NATIONAL).incrementSeconds);
        for (CallClass free : new CallClass[] {CallClass.INTERNAL, CallClass.INBOUND, CallClass.TOLL_FREE,
                CallClass.EMERGENCY, CallClass.UNKNOWN, CallClass.ON_NET, CallClass.INBOUND_TOLLFREE}) {
            assertEquals(0, zone(hq, free).microsPerMinuteByBand[0], free.name());
            assertEquals(0, zone(hq, free).feeMicros, free.name());
        }
    }

    @Test
    void tariffSyntaxAcceptsSpacingAndCaseAndAnOptionalFee() {
        Site x = Configs.site("site.x.tariff.mobile=0.2 PER 30 / 6", "site.x.tariff.toll-free= 0.01 per 1/1 + 0.10 fee ",
                "site.x.tariff.unknown=Free", "site.x.rounding=half_even").sites().get("x");

        assertEquals(200_000, zone(x, CallClass.MOBILE).microsPerMinuteByBand[0]);
        assertEquals(30, zone(x, CallClass.MOBILE).firstSeconds);
        assertEquals(0, zone(x, CallClass.MOBILE).feeMicros);
        assertEquals(100_000, zone(x, CallClass.TOLL_FREE).feeMicros);
        assertEquals(0, zone(x, CallClass.UNKNOWN).microsPerMinuteByBand[0]);
        assertEquals(RoundingMode.HALF_EVEN, x.defaultPlan().versions().get(0).rounding);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "site.x.currency              | RMB",
            "site.x.currency              | XXX",
            "site.x.country-code          | +33",
            "site.x.country-code          | 3333",
            "site.x.area-code             | 0l",
            "site.x.rounding              | NEAREST",
            "site.x.rounding              | UNNECESSARY",
            "site.x.extensions            | 2999-2000",
            "site.x.extensions            | 200-2999",
            "site.x.local-lengths         | 8-x",
            "site.x.mobile-lengths        | 40",
            "site.x.mobile-prefixes       | 6,7a",
            "site.x.tariff.mobile         | 0.15 per 60",
            "site.x.tariff.mobile         | 0,15 per 60/60",
            "site.x.tariff.international  | 1.50 per 30/6 + 0.50",
            "site.x.tariff.national       | 0.30 per 0/6",
            "site.x.tariff.national       | 0.30 per 6/99999999999",
            "site.x.tarif.local           | 0.02 per 60/60",
            "site.x.tariff.long-distance  | 0.02 per 60/60",
            "site.x                       | 1",
            "site..currency               | EUR",
            "rating.fallback-currencies   | EUR",
    })
    void rejectsABadValueNamingItsKey(String key, String value) {
        RatingConfigException e = assertThrows(RatingConfigException.class, () -> Configs.site(key + "=" + value));

        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": "), e.getMessage());
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        RatingConfigException noCurrency = assertThrows(RatingConfigException.class,
                () -> Configs.parse("site.y.country-code=49", "site.y.tariff.local=0.01 per 60/60"));
        RatingConfigException noNational = assertThrows(RatingConfigException.class,
                () -> Configs.parse("site.y.country-code=49", "site.y.currency=EUR",
                        "site.y.tariff.local=0.01 per 60/60"));

        assertEquals("site.y.currency", noCurrency.key());
        assertEquals("site.y.tariff.national", noNational.key());
    }

    @Test
    void aPrefixWithTwoMeaningsNamesTheSite() {
        RatingConfigException e = assertThrows(RatingConfigException.class,
                () -> Configs.site("site.x.toll-free-prefixes=800", "site.x.premium-prefixes=89,800"));

        assertEquals("site.x", e.key());
        assertTrue(e.getMessage().contains("800"), e.getMessage());
    }

    @Test
    void unconfiguredSiteUsesTheSharedCurrencyOrTheFallbackKey() {
        assertEquals(Currency.getInstance("EUR"), Configs.site().unconfigured().currency());
        assertEquals(Currency.getInstance("USD"),
                Configs.site("rating.fallback-currency=usd").unconfigured().currency());

        RatingConfigException twoCurrencies = assertThrows(RatingConfigException.class, () -> Configs.site(
                "site.uk.country-code=44", "site.uk.currency=GBP", "site.uk.tariff.local=0.01 per 60/60",
                "site.uk.tariff.national=0.01 per 60/60", "site.uk.tariff.mobile=0.01 per 60/60",
                "site.uk.tariff.international=0.01 per 60/60", "site.uk.tariff.premium=0.01 per 60/60"));
        assertEquals("rating.fallback-currency", twoCurrencies.key());
        assertEquals(Currency.getInstance("USD"), Configs.parse().unconfigured().currency(),
                "with no site at all a server still starts: its calls cost 0 USD until a site is configured");
    }

    @Test
    void keysOutsideTheRatingNamespacesAreLeftToTheirOwners() {
        RatingModel config = Configs.site("journal.dir=/var/lib/bluewhale", "pbx.avaya-hq.site=x");

        assertEquals(1, config.sites().size());
    }

    @Test
    void catalogueDocumentsEveryKeyOnce() {
        String table = RatingKey.markdownTable();

        for (RatingKey key : RatingKey.values()) {
            assertEquals(table.indexOf("`" + key.pattern() + "`"), table.lastIndexOf("`" + key.pattern() + "`"));
            assertTrue(table.contains("`" + key.pattern() + "`"), key.pattern());
        }
        assertTrue(table.contains("| `site.<id>.country-code` | digits | required |"), table);
    }
}
