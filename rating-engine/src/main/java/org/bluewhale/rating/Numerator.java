package org.bluewhale.rating;

import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative sum of products, in a long while it fits and a BigInteger beyond, so the
 * usual call costs no allocation and an absurd one is still exact. Reused per rating thread.
 */
final class Numerator {

    private long small;
    private BigInteger big;

    void reset(long value) {
        small = value;
        big = null;
    }

    void add(long a, long b, long c) {
        if (big == null) {
            try {
                small = Math.addExact(small, Math.multiplyExact(Math.multiplyExact(a, b), c));
                return;
            } catch (ArithmeticException overflow) {
                big = BigInteger.valueOf(small);
            }
        }
        big = big.add(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).multiply(BigInteger.valueOf(c)));
    }

    /** Raises the sum to at least {@code floor}. */
    void atLeast(long floor) {
        if (big == null ? small < floor : big.compareTo(BigInteger.valueOf(floor)) < 0) {
            reset(floor);
        }
    }

    /** Lowers the sum to at most {@code cap}. */
    void atMost(long cap) {
        if (big == null ? small > cap : big.compareTo(BigInteger.valueOf(cap)) > 0) {
            reset(cap);
        }
    }

    long divide(long denominator, RoundingMode mode) {
        return big == null ? Micros.divide(small, denominator, mode) : Micros.divide(big, denominator, mode);
    }

    java.math.BigDecimal toMicros(long perMicro) {
        BigInteger value = big == null ? BigInteger.valueOf(small) : big;
        return new java.math.BigDecimal(value).divide(java.math.BigDecimal.valueOf(perMicro), 12, RoundingMode.DOWN)
                .stripTrailingZeros();
    }
}
