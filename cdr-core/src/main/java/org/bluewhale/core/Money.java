package org.bluewhale.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in the currency's minor units (cents, fen...). Never a double.
 * Arithmetic that could lose precision (per-second pricing) is done by the rater in
 * {@link BigDecimal} with the tariff's rounding rule; the result lands here.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses a major-unit amount such as {@code "0.12"}; more decimals than the currency has is an error. */
    public static Money of(String amount, Currency currency) {
        BigDecimal value = new BigDecimal(amount).setScale(currency.getDefaultFractionDigits());
        return new Money(value.unscaledValue().longValueExact(), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
