package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.junit.jupiter.api.Test;

/** What-if over the demo carriers: per destination zone, which would have been cheapest. */
class LeastCostTest {

    private static CallLeg out(String dialed, int seconds) {
        return new CallLeg("avaya-hq", 1, 1, Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"), seconds,
                0, "2101", dialed, Direction.OUTGOING, "", "", "", "", "102/001", "", "", "", "", "", "");
    }

    @Test
    void unicomWinsEuropeAndNationalTelecomNothing() {
        RatingModel model = ModelJson.demo();
        RatingEngine engine = new RatingEngine(model, pbx -> "hq", UsageLedger.inMemory());
        TariffPlan telecom = model.carriers().get("telecom").defaultPlan();
        TariffPlan unicom = model.carriers().get("unicom").defaultPlan();

        LeastCost whatIf = LeastCost.of(engine, List.of(out("00442079460000", 95), out("00493012345678", 30),
                out("01087654321", 125)), List.of(telecom, unicom));

        Currency cny = Currency.getInstance("CNY");
        // Europe over Telecom (30/6 at 2.00 + 0.50 fee): 96 s 3.70, 30 s 1.50; over Unicom (6/6 at 1.20, min 0.20): 1.92, 0.60
        assertEquals(Money.of("5.20", cny), whatIf.totals().get("europe").get("telecom/business"));
        assertEquals(Money.of("2.52", cny), whatIf.totals().get("europe").get("unicom/enterprise"));
        assertEquals("unicom/enterprise", whatIf.cheapest("europe").orElseThrow());
        // Beijing: Telecom 126 s at 0.25 = 0.53, Unicom 60 + 66 s at 0.18 = 0.38
        assertEquals("unicom/enterprise", whatIf.cheapest("national").orElseThrow());
    }

    @Test
    void aPlanThatCannotPriceSomeCallsIsNeverTheCheapestAndInternalCallsAreNotCompared() {
        RatingModel model = ModelJson.demo();
        RatingEngine engine = new RatingEngine(model, pbx -> "hq", UsageLedger.inMemory());
        TariffPlan telecom = model.carriers().get("telecom").defaultPlan();
        TariffPlan tieLine = model.carriers().get("sip").defaultPlan(); // prices ON_NET only, at 0

        LeastCost whatIf = LeastCost.of(engine, List.of(out("00442079460000", 95), out("00493012345678", 30),
                out("2102", 40)), List.of(tieLine, telecom));

        LeastCost.Destination europe = whatIf.destinations().get("europe");
        assertEquals(2, europe.calls());
        assertEquals(125, europe.seconds());
        assertEquals(Map.of("sip/tie-line", 2L), europe.unpriced());
        assertEquals(Money.zero(Currency.getInstance("CNY")), europe.totals().get("sip/tie-line"));
        assertEquals("telecom/business", whatIf.cheapest("europe").orElseThrow(), "zero only because it priced nothing");
        assertEquals(1, whatIf.notCompared(), "the internal call");
        assertEquals(Set.of("europe"), whatIf.destinations().keySet());
    }

    @Test
    void aCallsDestinationIsTheZoneItsExplanationGivesUnderTheReferenceCarrier() {
        RatingModel model = ModelJson.demo();
        RatingEngine engine = new RatingEngine(model, pbx -> "hq", UsageLedger.inMemory());
        List<TariffPlan> plans = List.of(model.carriers().get("telecom").defaultPlan());
        for (CallLeg leg : List.of(out("00442079460000", 95), out("01087654321", 125), out("13800138000", 20),
                out("2102", 40), out("110", 5))) {
            RatingTrace trace = engine.explain(leg);
            RatingTrace.Priced priced = trace.reference() != null ? trace.reference() : trace.actual();
            String expected = priced != null && !priced.zone().isEmpty() ? priced.zone() : trace.pstnClass().name();
            assertEquals(expected, engine.whatIf(leg, plans).destination(), leg.dialedNumber());
        }
    }
}
