package org.bluewhale.rating;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Volume discounts: once a plan's calls of the month have used {@code fromMinutes} billed
 * minutes, its prices are multiplied by {@code percent}. Tiers are cut on the call's own timeline,
 * so a call that crosses a threshold is priced partly at each tier. Whose minutes are counted is
 * the tiers' {@link Scope}: the whole plan's, or those of the department the call is charged to.
 */
public final class VolumeTiers {

    /** A tier: from this many billed minutes in the month, prices are {@code percent} of the list price. */
    public record Tier(long fromMinutes, BigDecimal percent) {
    }

    /** Whose billed minutes of the month a call's tier is read from. */
    public enum Scope {
        /** Every call of the plan, whoever it is charged to. */
        PLAN,
        /** The calls of the plan charged to the call's department (calls charged to none count together). */
        DEPARTMENT;

        /** The scope named {@code plan} or {@code department}, as tariff files write it. */
        public static Scope parse(String name) {
            for (Scope scope : values()) {
                if (scope.label().equals(name)) {
                    return scope;
                }
            }
            throw new IllegalArgumentException("tier scope '" + name + "' must be 'plan' or 'department'");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final long FULL = 10_000; // basis points of 100 %
    /** No tiers: every minute at the list price. */
    public static final VolumeTiers NONE = new VolumeTiers(new long[] {0}, new long[] {FULL}, Scope.PLAN);

    private final long[] fromSeconds;
    private final long[] basisPoints;
    private final Scope scope;
    /** The scope as a field the engine tests once per tiered call. */
    final boolean perDepartment;

    private VolumeTiers(long[] fromSeconds, long[] basisPoints, Scope scope) {
        this.fromSeconds = fromSeconds;
        this.basisPoints = basisPoints;
        this.scope = scope;
        this.perDepartment = scope == Scope.DEPARTMENT;
    }

    /** Tiers counting the whole plan's minutes. */
    public static VolumeTiers of(List<Tier> tiers) {
        return of(tiers, Scope.PLAN);
    }

    /**
     * @throws IllegalArgumentException unless the first tier starts at 0 minutes, thresholds differ
     *                                  and percentages lie in 0-1000 with at most two decimals; or
     *                                  when a department scope is given without tiers
     */
    public static VolumeTiers of(List<Tier> tiers, Scope scope) {
        if (tiers.isEmpty()) {
            if (scope != Scope.PLAN) {
                throw new IllegalArgumentException("a tier scope of '" + scope.label() + "' needs tiers");
            }
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
        return new VolumeTiers(from, bp, scope);
    }

    boolean isEmpty() {
        return this == NONE;
    }

    public Scope scope() {
        return scope;
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
