package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.RatedCall;
import org.junit.jupiter.api.Test;

/**
 * The built-in demo model rated end to end: classification, carrier choice, versions, reference
 * cost and the explain trace. Shanghai HQ on China Unicom (trunk 101) with China Telecom as the
 * reference; a SIP tie line (trunk 801) to the Beijing branch.
 */
class DemoModelRatingTest {

    private static final Map<String, String> SITES = Map.of("avaya-hq", "hq", "bj-pbx", "beijing");
    private final RatingEngine engine = new RatingEngine(ModelJson.demo(), SITES::get, UsageLedger.inMemory());

    /** Tuesday 2026-11-24 10:00 in Shanghai: peak for both carriers. */
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T02:00:00Z");

    private static CallLeg call(String pbx, Direction direction, String calling, String dialed, String trunkIn,
                                String trunkOut, Instant start, int seconds) {
        return new CallLeg(pbx, 1, 1, start, ZoneId.of("Asia/Shanghai"), seconds, 3, calling, dialed, direction,
                "", "", "", trunkIn, trunkOut, "", "", "", "", "", "");
    }

    private static CallLeg out(String dialed, String trunk, int seconds) {
        return call("avaya-hq", Direction.OUTGOING, "2101", dialed, "", trunk, TUESDAY_10, seconds);
    }

    private static Money cny(String amount) {
        return Money.of(amount, Currency.getInstance("CNY"));
    }

    @Test
    void nationalCallOverTheLeastCostCarrierShowsItsSavings() {
        // Beijing 010 over Unicom (trunk 101), 125 s peak: 60 s first + 66 s (11 x 6) = 126 s at 0.18 = 0.378 -> 0.38
        // Telecom (reference, 2nd version from 2026-07-01): 6/6, 126 s at 0.25 = 0.525 -> 0.53 (HALF_UP)
        RatedCall rated = engine.rate(out("01087654321", "101/007", 125));

        assertEquals(CallClass.NATIONAL, rated.callClass());
        assertEquals("unicom/enterprise@2024-12-31T16:00:00Z/national", rated.tariff());
        assertEquals(cny("0.38"), rated.cost());
        assertEquals(cny("0.53"), rated.referenceCost());
    }

    @Test
    void carrierSelectPrefixPicksTheCarrierAndIsStripped() {
        // 17911 + international to the US: Unicom 6/6 at 0.80, 31 s -> 36 s = 0.48; Telecom 30/6 at 1.20 + 0.50 fee = 1.22
        RatedCall rated = engine.rate(out("17911" + "0014155550123", "102/001", 31));

        assertEquals(CallClass.INTERNATIONAL, rated.callClass());
        assertEquals(cny("0.48"), rated.cost());
        assertEquals(cny("1.22"), rated.referenceCost());
        assertEquals("carrier-select 17911", engine.explain(out("179110014155550123", "102/001", 31)).carrierChoice());
    }

    @Test
    void tariffVersionInForceAtTheStartIsUsed() {
        // Telecom national 0.30 peak until 2026-07-01 (Shanghai), 0.25 after: 60 s peak on 30 June and on 1 July
        CallLeg june = call("avaya-hq", Direction.OUTGOING, "2101", "01087654321", "", "102/001",
                Instant.parse("2026-06-30T02:00:00Z"), 60);
        CallLeg july = call("avaya-hq", Direction.OUTGOING, "2101", "01087654321", "", "102/001",
                Instant.parse("2026-07-01T02:00:00Z"), 60);

        assertEquals(cny("0.30"), engine.rate(june).cost());
        assertEquals(cny("0.25"), engine.rate(july).cost());
    }

    @Test
    void onNetByTrunkGroupIsFreeAndSavesThePstnPrice() {
        // to Beijing over the SIP tie line: free; over Telecom it would have been 126 s at 0.25 = 0.53
        RatedCall rated = engine.rate(out("01087654321", "801/003", 125));

        assertEquals(CallClass.ON_NET, rated.callClass());
        assertEquals(cny("0"), rated.cost());
        assertEquals(cny("0.53"), rated.referenceCost());
        RatingTrace trace = engine.explain(out("01087654321", "801/003", 125));
        assertEquals(CallClass.NATIONAL, trace.pstnClass());
        assertEquals("8610", trace.reference().prefix());
        assertEquals("national", trace.reference().zone());
    }

    @Test
    void onNetByTheOtherSitesNumbers() {
        // HQ dials the Beijing branch's public number 010 6500 1234 over the default carrier
        RatedCall rated = engine.rate(out("01065001234", "", 60));

        assertEquals(CallClass.ON_NET, rated.callClass());
        assertEquals(cny("0.25"), rated.cost(), "it went over Telecom: priced by its prefix, as national");
    }

    @Test
    void inboundOnTheCompanysTollFreeNumberIsPaid() {
        // a caller reaches the 400 number on trunk 702: Telecom INBOUND_TOLLFREE 0.10/min 60/60, 61 s -> 0.20
        CallLeg in = call("avaya-hq", Direction.INCOMING, "13812345678", "2101", "702/004", "", TUESDAY_10, 61);
        CallLeg plain = call("avaya-hq", Direction.INCOMING, "13812345678", "2101", "701/004", "", TUESDAY_10, 61);

        assertEquals(CallClass.INBOUND_TOLLFREE, engine.rate(in).callClass());
        assertEquals(cny("0.20"), engine.rate(in).cost());
        assertEquals(CallClass.INBOUND, engine.rate(plain).callClass());
        assertEquals(cny("0"), engine.rate(plain).cost());
    }

    @Test
    void explainTellsWhyACallCostsWhatItCosts() {
        // Monday 2026-11-23 17:59 Shanghai over Unicom (peak until 20:00) to London: 6/6 at 1.20, 95 s -> 96 s = 1.92
        CallLeg leg = call("avaya-hq", Direction.OUTGOING, "2101", "00442079460000", "", "101/002",
                Instant.parse("2026-11-23T09:59:00Z"), 95);
        RatingTrace trace = engine.explain(leg);

        assertEquals("hq", trace.site());
        assertEquals("+442079460000", trace.e164());
        assertEquals("trunk group 101", trace.carrierChoice());
        assertEquals("unicom/enterprise@2024-12-31T16:00:00Z", trace.actual().version());
        assertEquals("44", trace.actual().prefix());
        assertEquals("europe", trace.actual().zone());
        assertEquals(96, trace.actual().billedSeconds());
        assertEquals(cny("1.92"), trace.actual().cost());
        assertEquals(engine.rate(leg).cost(), trace.actual().cost());
        assertEquals(1, trace.actual().parts().size());
        assertEquals("peak", trace.actual().parts().get(0).band());
    }

    @Test
    void emergencyAndInternalCallsAreFreeAndHaveNoReference() {
        RatedCall emergency = engine.rate(out("110", "101/001", 300));
        RatedCall internal = engine.rate(call("avaya-hq", Direction.INTERNAL, "2101", "2345", "", "", TUESDAY_10, 50));

        assertEquals(CallClass.EMERGENCY, emergency.callClass());
        assertEquals(cny("0"), emergency.cost());
        assertEquals(emergency.cost(), emergency.referenceCost());
        assertEquals(CallClass.INTERNAL, internal.callClass());
        assertNull(engine.explain(out("110", "101/001", 300)).reference());
    }
}
