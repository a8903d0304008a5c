package org.bluewhale.rating;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Money;

/**
 * What-if over a period: every call priced over every given plan, totals per destination zone, so
 * the cheapest carrier for each zone shows. Calls are priced without counting volume usage. The
 * destination of a call is its zone under the site's reference carrier (else its own carrier's
 * zone, else its class), so all plans are compared on the same grouping. A plan that cannot price
 * some call of a destination (no zone for it) has that call counted as unpriced there and is not
 * a candidate for the cheapest: a total that leaves calls out would look cheaper than it is.
 * Calls no plan can price (internal, incoming) are counted, not compared.
 */
public final class LeastCost {

    private final RatingEngine engine;
    private final List<TariffPlan> plans;
    private final Map<String, Destination> destinations = new TreeMap<>();
    private long notCompared;

    private LeastCost(RatingEngine engine, List<TariffPlan> plans) {
        this.engine = engine;
        this.plans = plans;
    }

    /**
     * An empty comparison of {@code plans}; {@link #add} each call of the period.
     *
     * @param plans plans in one currency
     * @throws IllegalArgumentException if the plans do not share a currency
     */
    public static LeastCost over(RatingEngine engine, Collection<TariffPlan> plans) {
        if (plans.stream().map(TariffPlan::currency).distinct().count() > 1) {
            throw new IllegalArgumentException("what-if compares plans of one currency");
        }
        return new LeastCost(engine, List.copyOf(plans));
    }

    /** The comparison of {@code plans} over {@code legs}. */
    public static LeastCost of(RatingEngine engine, Iterable<CallLeg> legs, Collection<TariffPlan> plans) {
        LeastCost result = over(engine, plans);
        legs.forEach(result::add);
        return result;
    }

    /** Prices one call over every plan. */
    public void add(CallLeg leg) {
        RatingEngine.WhatIf whatIf = engine.whatIf(leg, plans);
        if (whatIf.costs().stream().allMatch(Objects::isNull)) {
            notCompared++;
            return;
        }
        Destination d = destinations.computeIfAbsent(whatIf.destination(), name -> new Destination(plans));
        d.calls++;
        d.seconds += leg.durationSeconds();
        for (int i = 0; i < plans.size(); i++) {
            String plan = plans.get(i).id();
            Money cost = whatIf.costs().get(i);
            if (cost == null) {
                d.unpriced.merge(plan, 1L, Long::sum);
            } else {
                d.totals.merge(plan, cost, Money::plus);
            }
        }
    }

    /** The plans compared, in the order given. */
    public List<TariffPlan> plans() {
        return plans;
    }

    /** Each destination compared, by name. */
    public Map<String, Destination> destinations() {
        return destinations;
    }

    /** Totals per destination and plan id, of the calls each plan could price. */
    public Map<String, Map<String, Money>> totals() {
        Map<String, Map<String, Money>> totals = new TreeMap<>();
        destinations.forEach((name, d) -> totals.put(name, d.totals));
        return totals;
    }

    /** Calls that no plan could price, so nothing was compared for them. */
    public long notCompared() {
        return notCompared;
    }

    /** The plan with the lowest total for a destination among those that priced all its calls (the first listed on a tie). */
    public Optional<String> cheapest(String destination) {
        Destination d = destinations.get(destination);
        return d == null ? Optional.empty() : d.cheapest();
    }

    /** One destination's calls and what each plan would have charged for them. */
    public static final class Destination {
        private long calls;
        private long seconds;
        private final Map<String, Money> totals = new LinkedHashMap<>();
        private final Map<String, Long> unpriced = new LinkedHashMap<>();

        private Destination(List<TariffPlan> plans) {
            plans.forEach(p -> totals.put(p.id(), Money.zero(p.currency())));
        }

        public long calls() {
            return calls;
        }

        /** Talk time of its calls, seconds. */
        public long seconds() {
            return seconds;
        }

        /** Each plan's total over the calls it could price. */
        public Map<String, Money> totals() {
            return totals;
        }

        /** Per plan, the calls it could not price (plans that priced all are absent). */
        public Map<String, Long> unpriced() {
            return unpriced;
        }

        Optional<String> cheapest() {
            return totals.entrySet().stream().filter(e -> !unpriced.containsKey(e.getKey()))
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
    }
}
