package org.bluewhale.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.bluewhale.core.Money;

/**
 * The price of one call class at one site: a price per minute charged in increments, plus a
 * connection fee.
 *
 * <p>A call of {@code d} seconds is billed {@code 0} seconds when {@code d = 0} (not connected: no
 * charge, no fee); otherwise the first interval, then whole increments:
 * {@code max(first, first + ceil((d - first) / increment) * increment)}. Its cost is
 * {@code fee + billed * pricePerMinute / 60}, computed exactly and rounded once, to the currency's
 * minor units, with {@code rounding}.
 *
 * @param name             what the rated call records as its tariff ({@code hq/INTERNATIONAL})
 * @param pricePerMinute   in major units of {@code currency} ({@code 1.50} CNY), at most 1,000,000
 * @param firstSeconds     the first interval billed as soon as the call connects
 * @param incrementSeconds the step billed after the first interval
 * @param connectionFee    charged once per connected call, in major units, at most 1,000,000
 * @param currency         the currency of both amounts
 * @param rounding         how the exact amount is rounded to minor units; never UNNECESSARY
 */
public record Tariff(String name, BigDecimal pricePerMinute, int firstSeconds, int incrementSeconds,
                     BigDecimal connectionFee, Currency currency, RoundingMode rounding) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    /** Cap on prices so that even a 68-year call costs less than a long of minor units. */
    private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);

    public Tariff {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rounding, "rounding");
        if (pricePerMinute.signum() < 0 || connectionFee.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
        if (pricePerMinute.compareTo(MAX_PRICE) > 0 || connectionFee.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException("prices above " + MAX_PRICE + " are not supported");
        }
        if (firstSeconds < 1 || incrementSeconds < 1) {
            throw new IllegalArgumentException("first interval and increment must be at least 1 second");
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("rounding UNNECESSARY would fail on ordinary prices");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit to price in");
        }
    }

    /** A tariff that bills every second and charges nothing. */
    public static Tariff free(String name, Currency currency) {
        return new Tariff(name, BigDecimal.ZERO, 1, 1, BigDecimal.ZERO, currency, RoundingMode.HALF_UP);
    }

    /** Seconds charged for a call that talked {@code durationSeconds}. */
    public long billedSeconds(int durationSeconds) {
        if (durationSeconds <= 0) {
            return 0;
        }
        if (durationSeconds <= firstSeconds) {
            return firstSeconds;
        }
        long rest = durationSeconds - firstSeconds;
        long increments = (rest + incrementSeconds - 1) / incrementSeconds;
        return firstSeconds + increments * incrementSeconds;
    }

    /** The cost of {@code billedSeconds} (as given by {@link #billedSeconds}); zero for zero seconds. */
    public Money cost(long billedSeconds) {
        if (billedSeconds == 0 || (pricePerMinute.signum() == 0 && connectionFee.signum() == 0)) {
            return Money.zero(currency);
        }
        // fee + s * p / 60 = (60 * fee + s * p) / 60, so one division and one rounding.
        BigDecimal sixtyTimesAmount = pricePerMinute.multiply(BigDecimal.valueOf(billedSeconds))
                .add(connectionFee.multiply(SIXTY));
        BigDecimal minorUnits = sixtyTimesAmount.scaleByPowerOfTen(currency.getDefaultFractionDigits())
                .divide(SIXTY, 0, rounding);
        return new Money(minorUnits.longValueExact(), currency);
    }
}
