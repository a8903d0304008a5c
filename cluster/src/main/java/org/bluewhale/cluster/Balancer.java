package org.bluewhale.cluster;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The balancing rule: every PBX gets exactly one owner among the live nodes, each node owns
 * {@code floor(n/m)} or {@code ceil(n/m)} of the {@code n} PBXs, and as few PBXs as possible move.
 * A PBX keeps its owner while that node is alive and under its share; the others go, in PBX id
 * order, to the least loaded node (lowest node id on a tie). Deterministic: the same inputs give
 * the same assignment on any node. A PBX whose owner changes gets the group's next epoch.
 */
final class Balancer {

    private Balancer() {
    }

    static Assignment balance(Assignment current, Set<String> pbxIds, Set<String> liveNodes) {
        if (liveNodes.isEmpty()) {
            throw new IllegalArgumentException("no live node to own the PBXs");
        }
        SortedSet<String> pbxs = new TreeSet<>(pbxIds);
        Map<String, Integer> load = new TreeMap<>();
        liveNodes.forEach(node -> load.put(node, 0));
        int base = pbxs.size() / liveNodes.size();
        int[] largerShares = {pbxs.size() % liveNodes.size()}; // how many nodes may still own base + 1

        SortedMap<String, String> owners = new TreeMap<>();
        for (String pbx : pbxs) {
            Owner was = current.owners().get(pbx);
            if (was != null && load.containsKey(was.node()) && takes(load, was.node(), base, largerShares)) {
                owners.put(pbx, was.node());
            }
        }
        for (String pbx : pbxs) {
            if (!owners.containsKey(pbx)) {
                String leastLoaded = load.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
                takes(load, leastLoaded, base, largerShares);
                owners.put(pbx, leastLoaded);
            }
        }
        return withEpochs(current, owners);
    }

    /** Gives {@code node} one more PBX if its share allows, and says whether it did. */
    private static boolean takes(Map<String, Integer> load, String node, int base, int[] largerShares) {
        int owned = load.get(node);
        if (owned < base || (owned == base && largerShares[0] > 0)) {
            if (owned == base) {
                largerShares[0]--;
            }
            load.put(node, owned + 1);
            return true;
        }
        return false;
    }

    private static Assignment withEpochs(Assignment current, SortedMap<String, String> owners) {
        long epoch = current.lastEpoch();
        SortedMap<String, Owner> result = new TreeMap<>();
        for (Map.Entry<String, String> e : owners.entrySet()) {
            Owner was = current.owners().get(e.getKey());
            result.put(e.getKey(), was != null && was.node().equals(e.getValue()) ? was : new Owner(e.getValue(), ++epoch));
        }
        return new Assignment(epoch, result);
    }
}
