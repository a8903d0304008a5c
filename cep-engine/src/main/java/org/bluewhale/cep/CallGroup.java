package org.bluewhale.cep;

import java.util.Arrays;

/**
 * The held legs of one call being assembled, packed ({@link LegCodec}), with the traits the rules
 * read. Groups that turn out to be one call are merged; the absorbed one forwards to the survivor.
 */
final class CallGroup {

    byte[][] legs = new byte[2][];
    /** Per leg: {@link LegLinks#first}, {@link LegLinks#second}. */
    long[] parties = new long[4];
    int[] traits = new int[2];
    int size;
    long minPosition = Long.MAX_VALUE;
    long firstSeenMillis;
    long settleAtMillis;
    /** Entries of this group in the settle queue; only the last one is current. */
    int settleEntries;
    boolean settling;
    boolean released;
    CallGroup mergedInto;

    CallGroup(long nowMillis) {
        firstSeenMillis = nowMillis;
    }

    void add(byte[] leg, LegLinks links, long position) {
        if (size == legs.length) {
            legs = Arrays.copyOf(legs, size * 2);
            traits = Arrays.copyOf(traits, size * 2);
            parties = Arrays.copyOf(parties, size * 4);
        }
        legs[size] = leg;
        traits[size] = links.traits;
        parties[2 * size] = links.first;
        parties[2 * size + 1] = links.second;
        size++;
        minPosition = Math.min(minPosition, position);
    }

    /** Moves the legs of {@code other} here; {@code other} forwards to this group from now on. */
    void absorb(CallGroup other) {
        for (int i = 0; i < other.size; i++) {
            if (size == legs.length) {
                legs = Arrays.copyOf(legs, size * 2);
                traits = Arrays.copyOf(traits, size * 2);
                parties = Arrays.copyOf(parties, size * 4);
            }
            legs[size] = other.legs[i];
            traits[size] = other.traits[i];
            parties[2 * size] = other.parties[2 * i];
            parties[2 * size + 1] = other.parties[2 * i + 1];
            size++;
        }
        minPosition = Math.min(minPosition, other.minPosition);
        firstSeenMillis = Math.min(firstSeenMillis, other.firstSeenMillis);
        other.mergedInto = this;
        other.legs = null;
        other.parties = null;
        other.traits = null;
    }

    /** The group this one was merged into, or itself. */
    CallGroup root() {
        CallGroup g = this;
        while (g.mergedInto != null) {
            g = g.mergedInto;
        }
        return g;
    }

    boolean live() {
        return !released && mergedInto == null;
    }
}
