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
 * <p>Held as a digit trie in one flat int array, a node of eleven cells per prefix that has
 * longer ones below it:
 * <pre>
 * cells[11 n]         zone of node n's own prefix, or -1
 * cells[11 n + 1 + d] child for digit d: 0 none, &gt; 0 an inner node, &lt; 0 a leaf of zone -cell - 1
 * </pre>
 * Leaves take no node, and a node's zone and children share a cache line or two, so a lookup costs
 * about one memory access per digit; a million prefixes take a few tens of megabytes.
 */
public final class DestinationTable {

    private static final int NODE = 11;

    private final List<String> zones;
    private final int[] cells;
    private final int rules;

    private DestinationTable(List<String> zones, int[] cells, int rules) {
        this.zones = zones;
        this.cells = cells;
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
            int digit = number.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            int cell = cells[node * NODE + 1 + digit];
            if (cell == 0) {
                break;
            }
            long length = (long) (i + 1 - from) << 32;
            if (cell < 0) {
                return length | (-cell - 1);
            }
            node = cell;
            int zone = cells[node * NODE];
            if (zone >= 0) {
                best = length | zone;
            }
        }
        return best;
    }

    /** Builds a table rule by rule; a prefix given twice is an error. */
    public static final class Builder {
        private final Map<String, Integer> zoneIds = new HashMap<>();
        private final List<String> zones = new ArrayList<>();
        private int[] cells = new int[NODE * 64];
        private int nodes = 1;
        private int rules;

        public Builder() {
            cells[0] = -1;
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
            for (int i = 0; i < length; i++) {
                char c = prefix.charAt(i);
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("prefix '" + prefix + "' must be digits only");
                }
            }
            int zoneId = zoneIds.computeIfAbsent(zone, z -> {
                zones.add(z);
                return zones.size() - 1;
            });
            int node = 0;
            for (int i = 0; i < length; i++) {
                int slot = node * NODE + 1 + (prefix.charAt(i) - '0');
                int cell = cells[slot];
                boolean last = i == length - 1;
                if (last) {
                    if (cell < 0 || (cell > 0 && cells[cell * NODE] >= 0)) {
                        throw new IllegalArgumentException("prefix " + prefix + " is given twice");
                    }
                    if (cell == 0) {
                        cells[slot] = -zoneId - 1;
                    } else {
                        cells[cell * NODE] = zoneId;
                    }
                } else if (cell <= 0) {
                    int child = newNode(cell < 0 ? -cell - 1 : -1); // a leaf that gets children becomes a node
                    cells[slot] = child;
                    node = child;
                } else {
                    node = cell;
                }
            }
            rules++;
            return this;
        }

        private int newNode(int zone) {
            if ((nodes + 1) * NODE > cells.length) {
                cells = Arrays.copyOf(cells, cells.length * 2);
            }
            cells[nodes * NODE] = zone;
            return nodes++;
        }

        public DestinationTable build() {
            return new DestinationTable(List.copyOf(zones), Arrays.copyOf(cells, nodes * NODE), rules);
        }
    }
}
