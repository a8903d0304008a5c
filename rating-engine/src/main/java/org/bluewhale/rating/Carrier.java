package org.bluewhale.rating;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A carrier (telephone company, SIP provider) with its tariff plans; the first plan is the one a
 * reference to the carrier alone means.
 */
public record Carrier(String id, String name, Map<String, TariffPlan> plans) {

    public Carrier {
        Objects.requireNonNull(id, "id");
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("carrier " + id + " has no tariff plan");
        }
        plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    public static Carrier of(String id, String name, List<TariffPlan> plans) {
        Map<String, TariffPlan> byId = new LinkedHashMap<>();
        for (TariffPlan plan : plans) {
            String planId = plan.id().substring(plan.id().indexOf('/') + 1);
            if (byId.put(planId, plan) != null) {
                throw new IllegalArgumentException("carrier " + id + " has two plans " + planId);
            }
        }
        return new Carrier(id, name, byId);
    }

    public TariffPlan defaultPlan() {
        return plans.values().iterator().next();
    }
}
