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
 *
 * <p>A table of more than {@value #INDEXED_FROM_NODES} nodes also has a root index over the first
 * {@value #ROOT_DIGITS} digits after its nodes in the same array (one array: one cache miss fewer
 * than two), two cells per three-digit string {@code s}, from {@code r} = 11 x nodes:
 * <pre>
 * cells[r + 2 s]      the inner node at depth 3 below s, or 0 when no longer prefix starts with s
 * cells[r + 2 s + 1]  the longest rule of at most 3 digits that s starts with: length &lt;&lt; 24 | zone, or -1
 * </pre>
 * so the digits of a country code and the first digit after it cost one memory access instead of
 * three. The index is 8 KB a table (8 MB for a thousand carriers); four digits (80 KB a table)
 * measured no better, the larger index missing the caches as often as the trie levels it saves.
 */
public final class DestinationTable {

    private static final int NODE = 11;
    private static final int ROOT_DIGITS = 3;
    private static final int ROOT_STRINGS = pow10(ROOT_DIGITS);
    /** Below this size the whole trie stays in cache and a root index would only add misses. */
    static final int INDEXED_FROM_NODES = 256;
    private static final int ZONE_BITS = 24;

    private final List<String> zones;
    private final int[] cells;
    private final int rootBase; // where the root index starts in cells, or -1 when not indexed
    private final int rules;

    private DestinationTable(List<String> zones, int[] trie, int rules) {
        this.zones = zones;
        this.rules = rules;
        boolean indexed = trie.length / NODE > INDEXED_FROM_NODES;
        this.rootBase = indexed ? trie.length : -1;
        this.cells = indexed ? Arrays.copyOf(trie, trie.length + 2 * ROOT_STRINGS) : trie;
        if (indexed) {
            fillRoot(0, 0, 0, -1);
        }
    }

    /** Fills the root cells of every indexed string starting with {@code prefix} (depth digits, below node). */
    private void fillRoot(int node, int depth, int prefix, int best) {
        int span = ROOT_STRINGS / pow10(depth + 1); // indexed strings under one child
        for (int digit = 0; digit < 10; digit++) {
            int cell = cells[node * NODE + 1 + digit];
            int first = (prefix * 10 + digit) * span;
            int childBest = cell < 0 ? (depth + 1) << ZONE_BITS | (-cell - 1)
                    : cell > 0 && cells[cell * NODE] >= 0 ? (depth + 1) << ZONE_BITS | cells[cell * NODE] : best;
            if (cell > 0 && depth + 1 < ROOT_DIGITS) {
                fillRoot(cell, depth + 1, prefix * 10 + digit, childBest);
                continue;
            }
            for (int s = first; s < first + span; s++) {
                cells[rootBase + 2 * s] = cell > 0 ? cell : 0;
                cells[rootBase + 2 * s + 1] = childBest;
            }
        }
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
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
        int i = from;
        int s = rootBase < 0 ? -1 : leadingDigits(number, from);
        if (s >= 0) {
            int packed = cells[rootBase + 2 * s + 1];
            best = packed < 0 ? -1 : (long) (packed >>> ZONE_BITS) << 32 | (packed & ((1 << ZONE_BITS) - 1));
            node = cells[rootBase + 2 * s];
            if (node == 0) {
                return best;
            }
            i += ROOT_DIGITS;
        }
        for (; i < number.length(); i++) {
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

    /** The {@value #ROOT_DIGITS} digits from {@code from} on as a number, or -1 when fewer digits follow. */
    private static int leadingDigits(CharSequence number, int from) {
        if (number.length() - from < ROOT_DIGITS) {
            return -1;
        }
        int s = 0;
        for (int i = from; i < from + ROOT_DIGITS; i++) {
            int digit = number.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            s = s * 10 + digit;
        }
        return s;
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
            if (zones.size() == 1 << ZONE_BITS && !zoneIds.containsKey(zone)) {
                throw new IllegalArgumentException("more than " + (1 << ZONE_BITS) + " zones in one table");
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
