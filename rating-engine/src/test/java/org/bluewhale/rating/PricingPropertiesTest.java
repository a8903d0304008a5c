package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of pricing over many random tariffs and calls (seeded, so a failure repeats): cost
 * never decreases with duration, the parts of a split call add up to the whole, rating is
 * deterministic. Zones with DST and holidays, every rounding mode, fees, minimum, maximum, free
 * seconds and volume tiers are drawn.
 */
class PricingPropertiesTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Shanghai", "Australia/Lord_Howe"};
    private static final RoundingMode[] ROUNDINGS = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
            RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
    private static final int[][] SCHEMES = {{60, 60}, {30, 6}, {6, 6}, {1, 1}, {180, 60}};
    private static final HolidayCalendar HOLIDAYS = HolidayCalendar.parse(List.of("--01-01", "--12-25", "2026-10-01",
            "2027-04-05"));
    private static final long SPAN = 2L * 365 * 86_400; // 2026 and 2027: both DST changes, many holidays

    /** A random tariff with a random call start, as a repeatable draw. */
    private record Draw(OneVersion version, Instant start, long usedBefore) {
    }

    private static Draw draw(SplittableRandom random) {
        TimeBands bands = new TimeBands("off-peak", List.of(
                new TimeBands.Rule(TimeBands.days("MON-FRI"), LocalTime.of(7 + random.nextInt(3), 30 * random.nextInt(2)),
                        LocalTime.of(17 + random.nextInt(4), 0), "peak"),
                new TimeBands.Rule(TimeBands.days("ALL"), LocalTime.of(1, 0), LocalTime.of(2, 30), "night")), "holiday");
        int[] scheme = SCHEMES[random.nextInt(SCHEMES.length)];
        ZoneTariff.Spec zone = new ZoneTariff.Spec("z", scheme[0], scheme[1], money(random, 50),
                money(random, 80), random.nextBoolean() ? null : money(random, 400).add(new BigDecimal("0.80")),
                random.nextInt(4) == 0 ? random.nextInt(10) : 0, Map.of("peak", money(random, 300),
                "off-peak", money(random, 200), "night", money(random, 100), "holiday", money(random, 100)));
        VolumeTiers tiers = random.nextBoolean() ? VolumeTiers.NONE : VolumeTiers.of(List.of(
                new VolumeTiers.Tier(0, new BigDecimal("100")), new VolumeTiers.Tier(10, new BigDecimal("80")),
                new VolumeTiers.Tier(30, new BigDecimal("62.5"))));
        OneVersion version = new OneVersion(OneVersion.spec(bands, null, ROUNDINGS[random.nextInt(ROUNDINGS.length)],
                random.nextInt(3), random.nextInt(5) > 0, tiers, zone), OneVersion.CNY,
                ZoneId.of(ZONES[random.nextInt(ZONES.length)]),
                HOLIDAYS);
        Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(SPAN));
        return new Draw(version, start, random.nextInt(2_400));
    }

    /** 0.0000 to {@code cents} hundredths with up to four decimals. */
    private static BigDecimal money(SplittableRandom random, int cents) {
        return BigDecimal.valueOf(random.nextLong(cents * 100L + 1), 4);
    }

    @Test
    void costNeverDecreasesWithDuration() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int tariff = 0; tariff < 150; tariff++) {
            Draw d = draw(random);
            long previous = -1;
            long billedBefore = -1;
            for (int seconds = 0; seconds <= 7_200; seconds += 1 + random.nextInt(90)) {
                OneVersion.Priced p = d.version.price("z", d.start, seconds, d.usedBefore);
                assertTrue(p.minorUnits() >= previous, "tariff " + tariff + " at " + seconds + " s from " + d.start
                        + ": " + p.minorUnits() + " < " + previous);
                assertTrue(p.billedSeconds() >= billedBefore);
                previous = p.minorUnits();
                billedBefore = p.billedSeconds();
            }
        }
    }

    @Test
    void partsOfASplitCallAddUpToTheWhole() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_500; i++) {
            Draw d = draw(random);
            int seconds = 1 + random.nextInt(4 * 3_600);
            OneVersion.Priced p = d.version.price("z", d.start, seconds, d.usedBefore);
            long billed = p.parts().stream().mapToLong(RatingTrace.Part::billedSeconds).sum();
            assertEquals(p.billedSeconds(), billed, "billed seconds of the parts, draw " + i);
            if (!p.parts().isEmpty()) {
                assertEquals(0, p.parts().get(0).fromSecond());
                for (int k = 1; k < p.parts().size(); k++) {
                    assertEquals(p.parts().get(k - 1).toSecond(), p.parts().get(k).fromSecond(), "parts are contiguous");
                }
                long charged = p.parts().get(p.parts().size() - 1).toSecond();
                assertTrue(charged <= seconds && charged > seconds - 10, "parts cover the charged time");
            }
        }
    }

    @Test
    void splittingAtTheBoundariesChangesNothingForAOneBandTariff() {
        // the same call priced with split on and off under a single band must cost the same
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 1_000; i++) {
            ZoneTariff.Spec zone = ZoneTariff.Spec.perMinute("z", money(random, 300).toPlainString(), 1 + random.nextInt(60),
                    1 + random.nextInt(60));
            OneVersion split = new OneVersion(OneVersion.spec(TimeBands.flat("all"), null, RoundingMode.HALF_EVEN, -1,
                    true, VolumeTiers.NONE, zone), OneVersion.CNY, ZoneId.of("Europe/Berlin"), HolidayCalendar.NONE);
            OneVersion whole = new OneVersion(OneVersion.spec(TimeBands.flat("all"), null, RoundingMode.HALF_EVEN, -1,
                    false, VolumeTiers.NONE, zone), OneVersion.CNY, ZoneId.of("Europe/Berlin"), HolidayCalendar.NONE);
            Instant start = Instant.parse("2026-03-28T20:00:00Z").plusSeconds(random.nextInt(86_400 * 2));
            int seconds = random.nextInt(20_000);
            assertEquals(whole.price("z", start, seconds, 0).minorUnits(), split.price("z", start, seconds, 0).minorUnits());
        }
    }

    @Test
    void ratingIsDeterministic() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            Draw d = draw(random);
            int seconds = random.nextInt(10_000);
            OneVersion.Priced first = d.version.price("z", d.start, seconds, d.usedBefore);
            OneVersion.Priced again = d.version.price("z", d.start, seconds, d.usedBefore);
            assertEquals(first, again);
        }
    }
}
