package org.bluewhale.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * Prices a call of one zone under one tariff version: cuts the charged time at band boundaries
 * (or keeps the start band) and at volume-tier thresholds, bills each part's steps at its price,
 * adds the fee, applies minimum and maximum, and rounds once. All in exact integers.
 */
final class Pricer {

    /** Per-thread buffers and the second output (billed seconds) of {@link #price}. */
    static final class Scratch {
        final BandSegments segments = new BandSegments();
        final Numerator numerator = new Numerator();
        long billedSeconds;
        String tariff; // set by the engine with billedSeconds
        String zone; // the zone that priced the call, null when unpriced; set with tariff
        boolean priced; // false when no version or zone applied and the cost is an unpriced zero
        BigDecimal exact; // set when tracing
    }

    private Pricer() {
    }

    /**
     * @param start      call start, epoch seconds UTC
     * @param timeline   the zone bands are read in
     * @param usedBefore billed seconds of the month before this call, for volume tiers
     * @param parts      receives the parts when tracing, else null
     * @return the cost in the currency's minor units; {@code scratch.billedSeconds} holds the billed seconds
     */
    static long price(ZoneTariff zone, TariffVersion version, long start, int duration, ZoneTimeline timeline,
                      HolidayCalendar holidays, long usedBefore, Scratch scratch, List<RatingTrace.Part> parts) {
        long charged = (long) duration - zone.freeSeconds;
        if (charged <= 0) {
            scratch.billedSeconds = 0;
            scratch.exact = BigDecimal.ZERO;
            return 0;
        }
        scratch.billedSeconds = zone.billedUpTo(charged);
        long chargedStart = start + zone.freeSeconds;
        BandSegments segments = scratch.segments;
        segments.cut(version.bands, version.splitBands, start, chargedStart, charged, timeline, holidays);
        Numerator sum = scratch.numerator;
        sum.reset(version.numeratorOf(zone.feeMicros));
        VolumeTiers tiers = version.tiers;
        int tier = tiers.tierAt(usedBefore);
        long tierCut = tiers.end(tier) == Long.MAX_VALUE ? Long.MAX_VALUE : tiers.end(tier) - usedBefore;
        long from = 0;
        for (int i = 0; i < segments.count(); i++) {
            long segmentEnd = from + segments.length(i);
            long micros = zone.microsPerMinuteByBand[segments.band(i)];
            while (from < segmentEnd) {
                long to = Math.min(segmentEnd, tierCut);
                long billed = zone.billedUpTo(to) - zone.billedUpTo(from);
                sum.add(billed, micros, tiers.basisPoints(tier));
                if (parts != null) {
                    parts.add(new RatingTrace.Part(version.bands.names().get(segments.band(i)),
                            BigDecimal.valueOf(tiers.basisPoints(tier), 2), from, to, billed, Micros.toDecimal(micros)));
                }
                from = to;
                if (from == tierCut) {
                    tier++;
                    tierCut = tiers.end(tier) == Long.MAX_VALUE ? Long.MAX_VALUE : tiers.end(tier) - usedBefore;
                }
            }
        }
        if (parts != null) {
            scratch.exact = sum.toMicros(version.numeratorOf(1)).movePointLeft(Micros.DECIMALS);
        }
        sum.atLeast(version.numeratorOf(zone.minimumMicros));
        if (zone.maximumMicros >= 0) {
            sum.atMost(version.numeratorOf(zone.maximumMicros));
        }
        return Math.multiplyExact(sum.divide(version.denominator, version.rounding), version.minorPerUnit);
    }
}
