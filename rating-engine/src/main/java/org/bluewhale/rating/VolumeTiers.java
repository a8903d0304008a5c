package org.bluewhale.rating;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Volume discounts: once a plan's calls of the month have used {@code fromMinutes} billed
 * minutes, its prices are multiplied by {@code percent}. Tiers are cut on the call's own timeline,
 * so a call that crosses a threshold is priced partly at each tier.
 */
public final class VolumeTiers {

    /** A tier: from this many billed minutes in the month, prices are {@code percent} of the list price. */
    public record Tier(long fromMinutes, BigDecimal percent) {
    }

    static final long FULL = 10_000; // basis points of 100 %
    /** No tiers: every minute at the list price. */
    public static final VolumeTiers NONE = new VolumeTiers(new long[] {0}, new long[] {FULL});

    private final long[] fromSeconds;
    private final long[] basisPoints;

    private VolumeTiers(long[] fromSeconds, long[] basisPoints) {
        this.fromSeconds = fromSeconds;
        this.basisPoints = basisPoints;
    }

    /**
     * @throws IllegalArgumentException unless the first tier starts at 0 minutes, thresholds differ
     *                                  and percentages lie in 0-1000 with at most two decimals
     */
    public static VolumeTiers of(List<Tier> tiers) {
        if (tiers.isEmpty()) {
            return NONE;
        }
        List<Tier> sorted = tiers.stream().sorted(Comparator.comparingLong(Tier::fromMinutes)).toList();
        if (sorted.get(0).fromMinutes() != 0) {
            throw new IllegalArgumentException("the first volume tier must start at 0 minutes");
        }
        long[] from = new long[sorted.size()];
        long[] bp = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Tier t = sorted.get(i);
            if (i > 0 && t.fromMinutes() == sorted.get(i - 1).fromMinutes()) {
                throw new IllegalArgumentException("two volume tiers start at " + t.fromMinutes() + " minutes");
            }
            BigDecimal points = t.percent().movePointRight(2);
            if (t.percent().signum() < 0 || points.stripTrailingZeros().scale() > 0 || points.intValue() > 100_000) {
                throw new IllegalArgumentException("volume tier percent " + t.percent() + " must be 0-1000 with at most two decimals");
            }
            from[i] = Math.multiplyExact(t.fromMinutes(), 60);
            bp[i] = points.longValueExact();
        }
        return new VolumeTiers(from, bp);
    }

    boolean isEmpty() {
        return this == NONE;
    }

    /** The tier in force after {@code usedSeconds} billed seconds. */
    int tierAt(long usedSeconds) {
        int i = fromSeconds.length - 1;
        while (fromSeconds[i] > usedSeconds) {
            i--;
        }
        return i;
    }

    /** Where the tier after {@code tier} starts, in billed seconds of the month; MAX_VALUE if last. */
    long end(int tier) {
        return tier + 1 < fromSeconds.length ? fromSeconds[tier + 1] : Long.MAX_VALUE;
    }

    long basisPoints(int tier) {
        return basisPoints[tier];
    }
}
