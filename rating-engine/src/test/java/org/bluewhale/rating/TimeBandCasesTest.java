package org.bluewhale.rating;

import static org.bluewhale.rating.OneVersion.CNY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed calls across band boundaries, midnight into a holiday, DST transitions and zones.
 * Prices per minute: peak and day 0.60 (1 fen a second), off-peak 0.30, night and holiday 0.12.
 */
class TimeBandCasesTest {

    private static final Map<String, BigDecimal> PRICES = Map.of(
            "peak", new BigDecimal("0.60"), "day", new BigDecimal("0.60"), "off-peak", new BigDecimal("0.30"),
            "night", new BigDecimal("0.12"), "holiday", new BigDecimal("0.12"));
    private static final TimeBands PEAK_WEEKDAYS = new TimeBands("off-peak", List.of(new TimeBands.Rule(
            TimeBands.days("MON-FRI"), LocalTime.of(8, 0), LocalTime.of(18, 0), "peak")), "holiday");

    /** A zone charged per second at {@link #PRICES}, for the bands that exist. */
    private static ZoneTariff.Spec perSecond(TimeBands bands, int first, int increment) {
        Map<String, BigDecimal> prices = new java.util.HashMap<>();
        bands.names().forEach(band -> prices.put(band, PRICES.get(band)));
        return new ZoneTariff.Spec("z", first, increment, null, null, null, 0, prices);
    }

    private static final ZoneTariff.Spec PER_SECOND = perSecond(PEAK_WEEKDAYS, 1, 1);

    private static OneVersion peakOffPeak(ZoneId siteZone, ZoneId tariffZone, boolean split, HolidayCalendar holidays,
                                          ZoneTariff.Spec zone) {
        return new OneVersion(OneVersion.spec(PEAK_WEEKDAYS, tariffZone, RoundingMode.HALF_UP, -1, split,
                VolumeTiers.NONE, zone), CNY, siteZone, holidays);
    }

    /** Night from midnight to {@code nightEnd} every day, day otherwise, read in {@code zone}. */
    private static OneVersion nightUntil(String nightEnd, String zone) {
        TimeBands bands = new TimeBands("day", List.of(new TimeBands.Rule(TimeBands.days("ALL"), LocalTime.MIDNIGHT,
                LocalTime.parse(nightEnd), "night")), null);
        return new OneVersion(OneVersion.spec(bands, null, RoundingMode.HALF_UP, -1, true, VolumeTiers.NONE,
                perSecond(bands, 1, 1)), CNY, ZoneId.of(zone), HolidayCalendar.NONE);
    }

    private static String bands(OneVersion.Priced p) {
        StringBuilder sb = new StringBuilder();
        p.parts().forEach(part -> sb.append(sb.length() == 0 ? "" : " ").append(part.band()).append(':')
                .append(part.billedSeconds()));
        return sb.toString();
    }

    @Test
    void callAcrossPeakIntoOffPeakIsSplit() {
        // Monday 2026-03-02 17:58 in Shanghai (09:58Z), 300 s: 120 s peak 1.20 + 180 s off-peak 0.90
        OneVersion v = peakOffPeak(ZoneId.of("Asia/Shanghai"), null, true, HolidayCalendar.NONE, PER_SECOND);
        OneVersion.Priced p = v.price("z", "2026-03-02T09:58:00Z", 300);

        assertEquals(210, p.minorUnits());
        assertEquals("peak:120 off-peak:180", bands(p));
    }

    @Test
    void startBandTariffPricesTheWholeCallAtItsStart() {
        // the same call under a tariff that does not split: 300 s at peak = 3.00
        OneVersion v = peakOffPeak(ZoneId.of("Asia/Shanghai"), null, false, HolidayCalendar.NONE, PER_SECOND);

        assertEquals(300, v.price("z", "2026-03-02T09:58:00Z", 300).minorUnits());
    }

    @Test
    void incrementsAreChargedAtTheBandWhereTheyStart() {
        // 60/60 from Monday 17:58:30 Shanghai, 150 s: steps at 0 s (peak), 60 s (17:59:30, peak),
        // 120 s (18:00:30, off-peak): 0.60 + 0.60 + 0.30 = 1.50
        ZoneTariff.Spec minutes = perSecond(PEAK_WEEKDAYS, 60, 60);
        OneVersion v = peakOffPeak(ZoneId.of("Asia/Shanghai"), null, true, HolidayCalendar.NONE, minutes);
        OneVersion.Priced p = v.price("z", "2026-03-02T09:58:30Z", 150);

        assertEquals(150, p.minorUnits());
        assertEquals(180, p.billedSeconds());
        assertEquals("peak:120 off-peak:60", bands(p));
    }

    @Test
    void callAcrossMidnightIntoAHoliday() {
        // Wednesday 2026-09-30 23:59 Shanghai (15:59Z), 180 s: 60 s off-peak 0.30 + 120 s on National Day 0.24
        OneVersion v = peakOffPeak(ZoneId.of("Asia/Shanghai"), null, true,
                HolidayCalendar.parse(List.of("2026-10-01")), PER_SECOND);
        OneVersion.Priced p = v.price("z", "2026-09-30T15:59:00Z", 180);

        assertEquals(54, p.minorUnits());
        assertEquals("off-peak:60 holiday:120", bands(p));
    }

    @Test
    void recurringHolidayAppliesEveryYear() {
        // Friday 2027-01-01 10:00 Shanghai is peak time but New Year's Day: 60 s at 0.12
        OneVersion v = peakOffPeak(ZoneId.of("Asia/Shanghai"), null, true,
                HolidayCalendar.parse(List.of("--01-01")), PER_SECOND);

        assertEquals(12, v.price("z", "2027-01-01T02:00:00Z", 60).minorUnits());
    }

    @Test
    void shanghaiHasNoDst() {
        // Monday 2026-03-02 07:59:30 Shanghai (Sunday 23:59:30Z), 90 s: 30 s off-peak 0.15 + 60 s peak 0.60
        OneVersion v = peakOffPeak(ZoneId.of("Asia/Shanghai"), null, true, HolidayCalendar.NONE, PER_SECOND);
        OneVersion.Priced p = v.price("z", "2026-03-01T23:59:30Z", 90);

        assertEquals(75, p.minorUnits());
        assertEquals("off-peak:30 peak:60", bands(p));
    }

    @ParameterizedTest(name = "{0} from {1} for {2} s, night until {3}: {4} fen, {5}")
    @CsvSource(delimiter = '|', value = {
            // Berlin springs forward 2026-03-29 01:00Z (02:00 CET -> 03:00 CEST): from 01:30 CET the day band
            // starts at 03:00 CEST = 01:00Z, after 30 min, not at 03:00 CET. 30 min night 3.60 + 30 min day 18.00
            "Europe/Berlin       | 2026-03-29T00:30:00Z | 3600 | 03:00 | 2160 | night:1800 day:1800",
            // Berlin falls back 2026-10-25 01:00Z (03:00 CEST -> 02:00 CET): from 02:30 CEST the clock reaches
            // 03:00, goes back to 02:00 and ends at 02:30 CET: night all hour, 7.20
            "Europe/Berlin       | 2026-10-25T00:30:00Z | 3600 | 03:00 | 720  | night:3600",
            // New York springs forward 2026-03-08 07:00Z (02:00 EST -> 03:00 EDT): from 01:30 EST, day at 07:00Z
            "America/New_York    | 2026-03-08T06:30:00Z | 3600 | 03:00 | 2160 | night:1800 day:1800",
            // New York falls back 2026-11-01 06:00Z (02:00 EDT -> 01:00 EST): from 01:30 EDT the clock shows
            // 01:30-02:00 EDT then 01:00-01:30 EST: still night (until 02:00) all hour
            "America/New_York    | 2026-11-01T05:30:00Z | 3600 | 02:00 | 720  | night:3600",
            // Lord Howe springs forward half an hour 2026-10-03 15:30Z (02:00 -> 02:30): from 01:45 +10:30
            // night lasts 15 min to the jump, then 02:30 is past 02:15: 15 min night 1.80 + 15 min day 9.00
            "Australia/Lord_Howe | 2026-10-03T15:15:00Z | 1800 | 02:15 | 1080 | night:900 day:900",
            // Lord Howe falls back half an hour 2026-04-04 15:00Z (02:00 +11 -> 01:30 +10:30): from 01:40 +11,
            // 5 min night to 01:45, 15 min day to 02:00, then 01:30-01:40 night again: 15 min each band
            "Australia/Lord_Howe | 2026-04-04T14:40:00Z | 1800 | 01:45 | 1080 | night:300 day:900 night:600",
    })
    void dstTransitionsMoveBandBoundaries(String zone, String start, int seconds, String nightEnd, long fen,
                                          String parts) {
        OneVersion.Priced p = nightUntil(nightEnd, zone).price("z", start, seconds);

        assertEquals(fen, p.minorUnits());
        assertEquals(parts, bands(p));
    }

    @Test
    void pbxInOneZoneTariffInAnother() {
        // a Berlin site on a carrier whose peak (08:00-18:00 Mon-Fri) is New York time: Monday 2026-03-02
        // 13:55 CET = 07:55 EST (12:55Z), 600 s: 5 min off-peak 1.50 + 5 min peak 3.00. Read in Berlin it
        // would be all peak, 6.00.
        OneVersion newYorkTariff = peakOffPeak(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), true,
                HolidayCalendar.NONE, PER_SECOND);
        OneVersion berlinTariff = peakOffPeak(ZoneId.of("Europe/Berlin"), null, true, HolidayCalendar.NONE, PER_SECOND);

        assertEquals(450, newYorkTariff.price("z", "2026-03-02T12:55:00Z", 600).minorUnits());
        assertEquals(600, berlinTariff.price("z", "2026-03-02T12:55:00Z", 600).minorUnits());
    }

    @Test
    void volumeTierCrossedMidCall() {
        // 100 % up to 100 minutes a month, then 50 %; 95 minutes used; a 10-minute call at 0.60/min 60/60:
        // 5 min at 0.60 = 3.00, 5 min at 0.30 = 1.50
        VolumeTiers tiers = VolumeTiers.of(List.of(new VolumeTiers.Tier(0, new BigDecimal("100")),
                new VolumeTiers.Tier(100, new BigDecimal("50"))));
        ZoneTariff.Spec minutes = ZoneTariff.Spec.perMinute("z", "0.60", 60, 60);
        OneVersion v = new OneVersion(OneVersion.spec(TimeBands.flat("all"), null, RoundingMode.HALF_UP, -1, true,
                tiers, minutes), CNY, OneVersion.UTC, HolidayCalendar.NONE);
        OneVersion.Priced p = v.price("z", Instant.parse("2026-03-02T10:00:00Z"), 600, 95 * 60);

        assertEquals(450, p.minorUnits());
        assertEquals(2, p.parts().size());
        assertEquals(new BigDecimal("100.00"), p.parts().get(0).tierPercent());
        assertEquals(300, p.parts().get(1).billedSeconds());
        assertEquals(600, v.price("z", Instant.parse("2026-03-02T10:00:00Z"), 600, 0).minorUnits(), "below the tier");
    }
}
