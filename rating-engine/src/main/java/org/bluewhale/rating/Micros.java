package org.bluewhale.rating;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Amounts of money in millionths of a major unit (micros), the exact integer form every price is
 * held in so the hot path adds and multiplies longs instead of BigDecimals. Six decimals cover any
 * tariff price; a price with more is rejected when the model is loaded.
 */
final class Micros {

    static final int DECIMALS = 6;
    static final long PER_UNIT = 1_000_000L;
    /** Prices above a million major units are refused so that products stay far from overflow. */
    static final long MAX = 1_000_000L * PER_UNIT;

    private Micros() {
    }

    /**
     * The micros of a non-negative decimal amount.
     *
     * @throws IllegalArgumentException if it is negative, too large or has more than six decimals
     */
    static long of(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is negative");
        }
        BigDecimal micros = amount.movePointRight(DECIMALS);
        if (micros.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than "
                    + DECIMALS + " decimals");
        }
        if (micros.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is above 1,000,000");
        }
        return micros.longValueExact();
    }

    static BigDecimal toDecimal(long micros) {
        return BigDecimal.valueOf(micros, DECIMALS).stripTrailingZeros();
    }

    /**
     * {@code numerator / denominator} rounded to an integer with {@code mode}; both non-negative,
     * denominator positive. Exact integer arithmetic: the remainder decides, never a double.
     */
    static long divide(long numerator, long denominator, RoundingMode mode) {
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        if (remainder == 0) {
            return quotient;
        }
        long twice = remainder * 2; // remainder < denominator <= 10^12, no overflow
        boolean up = switch (mode) {
            case UP, CEILING -> true;
            case DOWN, FLOOR -> false;
            case HALF_UP -> twice >= denominator;
            case HALF_DOWN -> twice > denominator;
            case HALF_EVEN -> twice > denominator || (twice == denominator && (quotient & 1) == 1);
            case UNNECESSARY -> throw new ArithmeticException("rounding needed but UNNECESSARY given");
        };
        return up ? quotient + 1 : quotient;
    }

    /** As {@link #divide(long, long, RoundingMode)} for a numerator that overflowed a long. */
    static long divide(BigInteger numerator, long denominator, RoundingMode mode) {
        return new BigDecimal(numerator).divide(BigDecimal.valueOf(denominator), 0, mode).longValueExact();
    }
}
