package org.bluewhale.rating;

import static org.bluewhale.rating.Legs.outgoing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.RatedCall;
import org.junit.jupiter.api.Test;

/** The simple properties model (one plan per site, a tariff per class) rated end to end. */
class PropertiesModelRatingTest {

    private static final Map<String, String> SITES = Map.of("avaya-hq", "hq", "cisco-hq", "hq", "paris-pbx", "paris");
    private final RatingEngine rater = new RatingEngine(RatingConfig.demoProperties(), SITES::get, UsageLedger.inMemory());

    private static Money cny(String amount) {
        return Money.of(amount, Currency.getInstance("CNY"));
    }

    @Test
    void internationalCallPaysIncrementsAndFee() {
        RatedCall rated = rater.rate(outgoing("0014155550123", 31));
        RatingTrace trace = rater.explain(outgoing("0014155550123", 31));
        assertEquals(CallClass.INTERNATIONAL, rated.callClass());
        assertEquals(36, rated.billedSeconds());
        assertEquals(cny("1.40"), rated.cost()); // 36 s * 1.50 / 60 + 0.50
        assertEquals("hq/INTERNATIONAL", rated.tariff());
        assertEquals("+14155550123", trace.e164());
        assertEquals("hq", trace.site());
        assertEquals(rated.cost(), rated.referenceCost(), "no reference carrier: the reference is the cost");
    }

    @Test
    void ciscoNumberWithAccessCodeRatesLikeTheAvayaOne() {
        CallLeg cisco = Legs.leg("cisco-hq", Direction.OUTGOING, "2101", "9075512345678", 125);
        CallLeg avaya = outgoing("075512345678", 125);

        RatedCall c = rater.rate(cisco);
        RatedCall a = rater.rate(avaya);
        assertEquals(CallClass.NATIONAL, c.callClass());
        assertEquals(126, c.billedSeconds()); // 6/6
        assertEquals(cny("0.63"), c.cost()); // 126 s * 0.30 / 60
        assertEquals(a.cost(), c.cost());
    }

    @Test
    void demoTariffsPerClass() {
        assertEquals(cny("0.20"), rater.rate(outgoing("52345678", 61)).cost()); // 2 min local
        assertEquals(cny("0.15"), rater.rate(outgoing("13812345678", 60)).cost());
        assertEquals(cny("4.00"), rater.rate(outgoing("1681234567", 90)).cost()); // 2 min premium
        assertEquals(cny("0.00"), rater.rate(outgoing("4008123456", 300)).cost());
        assertEquals(cny("0.00"), rater.rate(outgoing("110", 45)).cost());
    }

    @Test
    void unansweredCallCostsNothingEvenWithAFee() {
        RatedCall rated = rater.rate(outgoing("0014155550123", 0));

        assertEquals(0, rated.billedSeconds());
        assertEquals(cny("0"), rated.cost());
        assertEquals(CallClass.INTERNATIONAL, rated.callClass());
    }

    @Test
    void freeClassesKeepTheirTalkTime() {
        RatedCall internal = rater.rate(Legs.leg("avaya-hq", Direction.INTERNAL, "2101", "2345", 97));
        RatedCall inbound = rater.rate(Legs.leg("avaya-hq", Direction.INCOMING, "13812345678", "2101", 97));

        assertEquals(97, internal.billedSeconds());
        assertEquals("hq/INTERNAL", internal.tariff());
        assertEquals(cny("0"), inbound.cost());
        assertEquals("hq/INBOUND", inbound.tariff());
    }

    @Test
    void unreadableNumberStillRates() {
        for (String dialed : new String[] {"", "*72#", "ABC", "0", "99999999999999999999999"}) {
            RatedCall rated = rater.rate(outgoing(dialed, 30));

            assertEquals(CallClass.UNKNOWN, rated.callClass(), dialed);
            assertEquals(cny("0"), rated.cost(), dialed);
            assertEquals("hq/UNKNOWN", rated.tariff(), dialed);
        }
    }

    @Test
    void pbxWithoutConfiguredSiteIsKeptAsUnknownAtZero() {
        for (String pbx : new String[] {"paris-pbx", "never-mapped"}) {
            CallLeg leg = Legs.leg(pbx, Direction.OUTGOING, "201", "0014155550123", 300);
            RatedCall rated = rater.rate(leg);

            assertEquals(CallClass.UNKNOWN, rated.callClass());
            assertEquals(cny("0"), rated.cost());
            assertEquals("unconfigured/UNKNOWN", rated.tariff());
            assertEquals(Site.UNCONFIGURED_ID, rater.explain(leg).site());
            assertEquals(300, rated.billedSeconds());
        }
    }

    @Test
    void concurrentRatingAgreesWithSequentialRating() throws Exception {
        String[] numbers = {"52345678", "952345678", "01087654321", "13812345678", "0014155550123",
                "4008123456", "1681234567", "110", "2345", ""};
        List<CallLeg> legs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            legs.add(outgoing(numbers[i % numbers.length], i % 700));
        }
        List<RatedCall> expected = legs.stream().map(rater::rate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RatedCall>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> legs.stream().map(rater::rate).toList()));
            }
            for (Future<List<RatedCall>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
