package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The trunk group of a trunk id is what precedes its first '/', looked up without cutting the id. */
class TrunkGroupIndexTest {

    @Test
    void findsTheGroupOfEveryTrunkIdAsCuttingAndHashingWould() {
        SplittableRandom random = new SplittableRandom(5);
        TariffPlan plan = new TariffPlan("c/p", Currency.getInstance("EUR"), List.of());
        Map<String, TariffPlan> plans = new HashMap<>();
        Set<String> onNet = new HashSet<>();
        Set<String> tollFree = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            String name = Integer.toString(random.nextInt(1_000));
            switch (random.nextInt(3)) {
                case 0 -> plans.put(name, plan);
                case 1 -> onNet.add(name);
                default -> tollFree.add(name);
            }
        }
        plans.put("", plan); // a leg without trunk id
        TrunkGroupIndex index = new TrunkGroupIndex(plans, onNet, tollFree);
        for (int n = 0; n < 20_000; n++) {
            String group = n == 0 ? "" : Integer.toString(random.nextInt(1_200));
            String trunk = switch (random.nextInt(3)) {
                case 0 -> group;
                case 1 -> group + "/" + random.nextInt(100);
                default -> group + "/" + random.nextInt(100) + "/7";
            };
            TrunkGroupIndex.Group found = index.of(trunk);
            boolean known = plans.containsKey(group) || onNet.contains(group) || tollFree.contains(group);
            if (!known) {
                assertNull(found, trunk);
                continue;
            }
            assertEquals(group, found.name(), trunk);
            assertEquals(plans.get(group), found.plan(), trunk);
            assertEquals(onNet.contains(group), found.onNet(), trunk);
            assertEquals(tollFree.contains(group), found.tollFree(), trunk);
        }
    }
}
