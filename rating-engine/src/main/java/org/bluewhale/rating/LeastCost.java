package org.bluewhale.rating;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Money;

/**
 * What-if over a period: every call priced over every given plan, totals per destination zone, so
 * the cheapest carrier for each zone shows. Calls are priced without counting volume usage. The
 * destination of a call is its zone under the site's reference carrier (else its own carrier's
 * zone, else its class), so all plans are compared on the same grouping.
 */
public final class LeastCost {

    /** Totals by destination, then by plan id, in plan order. */
    private final Map<String, Map<String, Money>> totals = new TreeMap<>();

    private LeastCost() {
    }

    /**
     * @param plans plans in one currency
     * @throws IllegalArgumentException if the plans do not share a currency
     */
    public static LeastCost of(RatingEngine engine, Iterable<CallLeg> legs, Collection<TariffPlan> plans) {
        if (plans.stream().map(TariffPlan::currency).distinct().count() > 1) {
            throw new IllegalArgumentException("what-if compares plans of one currency");
        }
        LeastCost result = new LeastCost();
        for (CallLeg leg : legs) {
            String destination = destination(engine.explain(leg));
            Map<String, Money> byPlan = result.totals.computeIfAbsent(destination, d -> new LinkedHashMap<>());
            for (TariffPlan plan : plans) {
                Money cost = engine.rateOver(leg, plan).cost();
                byPlan.merge(plan.id(), cost, Money::plus);
            }
        }
        return result;
    }

    private static String destination(RatingTrace trace) {
        RatingTrace.Priced priced = trace.reference() != null ? trace.reference() : trace.actual();
        return priced != null && !priced.zone().isEmpty() ? priced.zone() : trace.pstnClass().name();
    }

    /** Totals per destination and plan id. */
    public Map<String, Map<String, Money>> totals() {
        return totals;
    }

    /** The plan with the lowest total for a destination (the first listed on a tie). */
    public Optional<String> cheapest(String destination) {
        return totals.getOrDefault(destination, Map.of()).entrySet().stream()
                .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
