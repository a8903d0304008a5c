package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A reused BandSegments keeps its last cut only when it is asked for the very same one: each cut
 * of a sequence where calls repeat with one input changed equals the cut a fresh buffer makes.
 */
class BandSegmentsTest {

    private static final TimeBands WORKDAY = new TimeBands("off-peak", List.of(new TimeBands.Rule(
            TimeBands.days("MON-FRI"), LocalTime.of(8, 0), LocalTime.of(18, 0), "peak")), "weekend");
    private static final TimeBands EVENING = new TimeBands("day", List.of(new TimeBands.Rule(
            TimeBands.days("ALL"), LocalTime.of(19, 0), LocalTime.of(7, 0), "evening")), null);
    private static final TimeBands[] BANDS = {WORKDAY, EVENING};
    private static final ZoneTimeline[] TIMELINES = {ZoneTimeline.of(ZoneId.of("Europe/Berlin")),
            ZoneTimeline.of(ZoneId.of("Australia/Lord_Howe"))};
    private static final HolidayCalendar[] HOLIDAYS = {HolidayCalendar.NONE, HolidayCalendar.parse(List.of("--03-29"))};

    @Test
    void aReusedBufferCutsAsAFreshOneWhateverInputChanges() {
        SplittableRandom random = new SplittableRandom(3);
        long from = Instant.parse("2026-03-20T00:00:00Z").getEpochSecond();
        BandSegments reused = new BandSegments();
        int bands = 0;
        int timeline = 0;
        int holidays = 0;
        boolean split = true;
        long start = from;
        long free = 0;
        long charged = 600;
        for (int n = 0; n < 20_000; n++) {
            switch (random.nextInt(8)) { // change one input, or none (the reference pricing's case)
                case 0 -> bands = random.nextInt(BANDS.length);
                case 1 -> timeline = random.nextInt(TIMELINES.length);
                case 2 -> holidays = random.nextInt(HOLIDAYS.length);
                case 3 -> split = !split;
                case 4 -> start = from + random.nextLong(20L * 86_400);
                case 5 -> free = random.nextInt(30);
                case 6 -> charged = 1 + random.nextInt(40_000);
                default -> { }
            }
            reused.cut(BANDS[bands], split, start, start + free, charged, TIMELINES[timeline], HOLIDAYS[holidays]);
            BandSegments fresh = new BandSegments();
            fresh.cut(BANDS[bands], split, start, start + free, charged, TIMELINES[timeline], HOLIDAYS[holidays]);
            assertEquals(describe(fresh), describe(reused), "cut " + n);
        }
    }

    private static String describe(BandSegments segments) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.count(); i++) {
            sb.append(segments.band(i)).append(':').append(segments.length(i)).append(' ');
        }
        return sb.toString();
    }
}
