package org.bluewhale.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How calls to one destination zone are charged under one tariff version: a connection fee, a
 * first interval then increments (60/60, 30/6, 6/6, 1/1...), a price per minute for each time band,
 * a minimum and a maximum per call, and free seconds at the start of each call. A flat per-call
 * price is a fee with a zero price per minute.
 *
 * <p>Charged time starts after the free seconds; a call not longer than them costs nothing, not
 * even the fee. The charged time is billed in steps laid from its start: the first interval,
 * then increments; each step is priced at the band (and volume tier) in force when it starts.
 */
public final class ZoneTariff {

    /**
     * A zone's charging as written by an operator, amounts in major units.
     *
     * @param zone             the destination zone (or call class) it prices
     * @param firstSeconds     the first interval, billed once the call is charged at all
     * @param incrementSeconds each step after the first interval
     * @param fee              per connected call
     * @param minimum          the least a connected call costs (fee included)
     * @param maximum          the most a call costs, or null for no cap
     * @param freeSeconds      not charged at the start of each call
     * @param pricePerMinute   by band name; key {@code *} prices every band not named
     */
    public record Spec(String zone, int firstSeconds, int incrementSeconds, BigDecimal fee, BigDecimal minimum,
                       BigDecimal maximum, int freeSeconds, Map<String, BigDecimal> pricePerMinute) {
        public Spec {
            Objects.requireNonNull(zone, "zone");
            fee = fee == null ? BigDecimal.ZERO : fee;
            minimum = minimum == null ? BigDecimal.ZERO : minimum;
            pricePerMinute = Map.copyOf(pricePerMinute);
        }

        /** A zone charged at one price per minute in every band, in the given increments, nothing else. */
        public static Spec perMinute(String zone, String price, int first, int increment) {
            return new Spec(zone, first, increment, null, null, null, 0, Map.of("*", new BigDecimal(price)));
        }
    }

    static final long MAX_SECONDS = 10_000_000L; // 115 days: a longer interval is a typo

    final String zone;
    final String tariffName;
    final int firstSeconds;
    final int incrementSeconds;
    final long feeMicros;
    final long minimumMicros;
    final long maximumMicros; // -1: no cap
    final int freeSeconds;
    final long[] microsPerMinuteByBand;

    /**
     * @param bands       the version's band names, which the prices are aligned to
     * @param tariffName  what a rated call records as its tariff
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    ZoneTariff(Spec spec, List<String> bands, String tariffName) {
        this.zone = spec.zone();
        this.tariffName = tariffName;
        if (spec.firstSeconds() < 1 || spec.incrementSeconds() < 1
                || spec.firstSeconds() > MAX_SECONDS || spec.incrementSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException("zone " + zone + ": first interval and increment must be 1 to "
                    + MAX_SECONDS + " seconds");
        }
        if (spec.freeSeconds() < 0 || spec.freeSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException("zone " + zone + ": free seconds must be 0 to " + MAX_SECONDS);
        }
        this.firstSeconds = spec.firstSeconds();
        this.incrementSeconds = spec.incrementSeconds();
        this.freeSeconds = spec.freeSeconds();
        this.feeMicros = micros("fee", spec.fee());
        this.minimumMicros = micros("minimum", spec.minimum());
        this.maximumMicros = spec.maximum() == null ? -1 : micros("maximum", spec.maximum());
        if (maximumMicros >= 0 && maximumMicros < minimumMicros) {
            throw new IllegalArgumentException("zone " + zone + ": maximum is below minimum");
        }
        for (String band : spec.pricePerMinute().keySet()) {
            if (!band.equals("*") && !bands.contains(band)) {
                throw new IllegalArgumentException("zone " + zone + " prices band '" + band
                        + "', which the time bands do not have (" + bands + ")");
            }
        }
        this.microsPerMinuteByBand = new long[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            BigDecimal price = spec.pricePerMinute().getOrDefault(bands.get(b), spec.pricePerMinute().get("*"));
            if (price == null) {
                throw new IllegalArgumentException("zone " + zone + " has no price for band '" + bands.get(b)
                        + "' (give it one, or a '*' price)");
            }
            microsPerMinuteByBand[b] = micros("price of " + bands.get(b), price);
        }
    }

    private long micros(String what, BigDecimal amount) {
        try {
            return Micros.of(amount);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("zone " + zone + " " + what + ": " + e.getMessage());
        }
    }

    /**
     * Seconds billed for the steps that start before {@code offset} seconds of charged time:
     * 0 before the call, the first interval within it, then whole increments.
     */
    long billedUpTo(long offset) {
        if (offset <= 0) {
            return 0;
        }
        if (offset <= firstSeconds) {
            return firstSeconds;
        }
        long increments = (offset - firstSeconds + incrementSeconds - 1) / incrementSeconds;
        return firstSeconds + increments * incrementSeconds;
    }
}
