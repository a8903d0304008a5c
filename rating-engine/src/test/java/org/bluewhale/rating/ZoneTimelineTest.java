package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The indexed period lookup against the binary search it is built from, in every tz zone. */
class ZoneTimelineTest {

    @Test
    void indexedPeriodEqualsTheBinarySearchAtEveryTransitionAndBetween() {
        SplittableRandom random = new SplittableRandom(11);
        long from = Instant.parse("1960-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2110-01-01T00:00:00Z").getEpochSecond();
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneTimeline timeline = ZoneTimeline.of(ZoneId.of(id));
            for (int p = 0; timeline.periodEnd(p) != Long.MAX_VALUE; p++) {
                long change = timeline.periodEnd(p);
                for (long t = change - 1; t <= change; t++) {
                    assertEquals(timeline.searchPeriod(t), timeline.periodOf(t), id + " at " + t);
                }
                assertEquals(p + 1, timeline.periodOf(change), id + " at its transition " + change);
            }
            for (int n = 0; n < 500; n++) {
                long t = from + random.nextLong(to - from);
                assertEquals(timeline.searchPeriod(t), timeline.periodOf(t), id + " at " + t);
            }
        }
    }
}
