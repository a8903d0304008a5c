package org.bluewhale.rating;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tariff names a rated call records ({@code <plan>@<from>/<zone>}) of the versions that have
 * volume tiers, with their plan and version: what turns a stored call's tariff back into the
 * plan month its billed seconds counted in.
 */
final class TieredTariffs {

    record Tiered(TariffPlan plan, TariffVersion version) {
    }

    private final Map<String, Tiered> byName = new HashMap<>();

    TieredTariffs(RatingModel model) {
        for (Carrier carrier : model.carriers().values()) {
            for (TariffPlan plan : carrier.plans().values()) {
                for (TariffVersion version : plan.versions()) {
                    if (!version.tiers.isEmpty()) {
                        version.zonesByName.values().forEach(zone -> byName.put(zone.tariffName, new Tiered(plan, version)));
                    }
                }
            }
        }
    }

    Tiered of(String tariff) {
        return byName.get(tariff);
    }

    Set<String> names() {
        return Set.copyOf(byName.keySet());
    }
}
