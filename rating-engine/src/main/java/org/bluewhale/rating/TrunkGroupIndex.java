package org.bluewhale.rating;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A site's trunk groups found straight from the trunk ids PBXs write ({@code 101/007} is on group
 * {@code 101}), without cutting each id into a new string and hashing it: the plan a group carries
 * and whether it leads to another site (on-net) or brings the company's toll-free calls.
 * Open addressing over the characters before the first {@code /}; immutable.
 */
final class TrunkGroupIndex {

    /** One trunk group; {@code plan} null when the group only has flags. */
    record Group(String name, TariffPlan plan, boolean onNet, boolean tollFree) {
    }

    private final Group[] slots;
    private final int mask;

    TrunkGroupIndex(Map<String, TariffPlan> plans, Set<String> onNet, Set<String> tollFree) {
        Set<String> names = new HashSet<>(plans.keySet());
        names.addAll(onNet);
        names.addAll(tollFree);
        int size = Integer.highestOneBit(Math.max(1, names.size()) * 4 - 1) << 1; // at most a quarter full
        this.slots = new Group[size];
        this.mask = size - 1;
        for (String name : names) {
            int slot = hash(name, name.length()) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = new Group(name, plans.get(name), onNet.contains(name), tollFree.contains(name));
        }
    }

    /** The group of a trunk id, or null when the site names it nowhere. */
    Group of(String trunk) {
        int slash = trunk.indexOf('/');
        int end = slash < 0 ? trunk.length() : slash;
        for (int slot = hash(trunk, end) & mask; ; slot = (slot + 1) & mask) {
            Group group = slots[slot];
            if (group == null || (group.name.length() == end && trunk.startsWith(group.name))) {
                return group;
            }
        }
    }

    private static int hash(String s, int end) {
        int h = 0;
        for (int i = 0; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
