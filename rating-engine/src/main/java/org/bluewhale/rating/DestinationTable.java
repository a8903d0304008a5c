package org.bluewhale.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Destination prefixes of E.164 numbers (country code first, no {@code +}) mapped to zones;
 * the longest matching prefix wins. Immutable once built.
 *
 * <p>Held as a digit trie in flat int arrays: {@code next[block * 10 + digit]} is a child node,
 * {@code blockOf[node]} the child block of a node (-1 for a leaf), {@code zoneOf[node]} its zone
 * (-1 for none). Only nodes with children own a block of ten, so a million prefixes take tens of
 * megabytes and a lookup walks at most fifteen array cells.
 */
public final class DestinationTable {

    private final List<String> zones;
    private final int[] blockOf;
    private final int[] zoneOf;
    private final int[] next;
    private final int rules;

    private DestinationTable(List<String> zones, int[] blockOf, int[] zoneOf, int[] next, int rules) {
        this.zones = zones;
        this.blockOf = blockOf;
        this.zoneOf = zoneOf;
        this.next = next;
        this.rules = rules;
    }

    /** Zone names by zone id. */
    public List<String> zones() {
        return zones;
    }

    public int size() {
        return rules;
    }

    /**
     * The longest rule matching {@code number} from index {@code from} on: its zone id in the low
     * 32 bits and the prefix length in the high, or -1 when none matches. Non-digits end the walk.
     */
    long lookup(CharSequence number, int from) {
        int node = 0;
        long best = -1;
        for (int i = from; i < number.length(); i++) {
            int block = blockOf[node];
            int digit = number.charAt(i) - '0';
            if (block < 0 || digit < 0 || digit > 9) {
                break;
            }
            node = next[block * 10 + digit];
            if (node == 0) {
                break;
            }
            if (zoneOf[node] >= 0) {
                best = (long) (i + 1 - from) << 32 | zoneOf[node];
            }
        }
        return best;
    }

    /** Builds a table rule by rule; a prefix given twice is an error. */
    public static final class Builder {
        private final Map<String, Integer> zoneIds = new HashMap<>();
        private final List<String> zones = new ArrayList<>();
        private int[] blockOf = new int[1024];
        private int[] zoneOf = new int[1024];
        private int[] next = new int[1024];
        private int nodes = 1;
        private int blocks;
        private int rules;

        public Builder() {
            blockOf[0] = -1;
            zoneOf[0] = -1;
        }

        /**
         * Adds {@code prefix -> zone}.
         *
         * @throws IllegalArgumentException if the prefix is empty, not digits, longer than 15 or given twice
         */
        public Builder put(CharSequence prefix, String zone) {
            int length = prefix.length();
            if (length == 0 || length > 15) {
                throw new IllegalArgumentException("prefix '" + prefix + "' must have 1 to 15 digits");
            }
            int node = 0;
            for (int i = 0; i < length; i++) {
                int digit = prefix.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    throw new IllegalArgumentException("prefix '" + prefix + "' must be digits only");
                }
                if (blockOf[node] < 0) {
                    blockOf[node] = newBlock();
                }
                int slot = blockOf[node] * 10 + digit;
                if (next[slot] == 0) {
                    next[slot] = newNode();
                }
                node = next[slot];
            }
            if (zoneOf[node] >= 0) {
                throw new IllegalArgumentException("prefix " + prefix + " is given twice");
            }
            zoneOf[node] = zoneIds.computeIfAbsent(zone, z -> {
                zones.add(z);
                return zones.size() - 1;
            });
            rules++;
            return this;
        }

        private int newBlock() {
            if ((blocks + 1) * 10 > next.length) {
                next = Arrays.copyOf(next, next.length * 2);
            }
            return blocks++;
        }

        private int newNode() {
            if (nodes == blockOf.length) {
                blockOf = Arrays.copyOf(blockOf, nodes * 2);
                zoneOf = Arrays.copyOf(zoneOf, nodes * 2);
            }
            blockOf[nodes] = -1;
            zoneOf[nodes] = -1;
            return nodes++;
        }

        public DestinationTable build() {
            return new DestinationTable(List.copyOf(zones), Arrays.copyOf(blockOf, nodes),
                    Arrays.copyOf(zoneOf, nodes), Arrays.copyOf(next, blocks * 10), rules);
        }
    }
}
