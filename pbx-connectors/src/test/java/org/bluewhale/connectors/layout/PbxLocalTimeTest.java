package org.bluewhale.connectors.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PbxLocalTimeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void agreesWithZonedDateTimeOfLocalAroundEveryTransitionOfAYear() {
        PbxLocalTime clock = new PbxLocalTime(NEW_YORK);
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
        // every 10 minutes through the year, in order, as a PBX would send them
        while (t.getYear() == 2026) {
            assertEquals(ZonedDateTime.ofLocal(t, NEW_YORK, null).toInstant(),
                    clock.toInstant(t.toEpochSecond(ZoneOffset.UTC)), t.toString());
            t = t.plusMinutes(10);
        }
    }

    @Test
    void gapTimeMovesForwardAndOverlapTakesTheEarlierOffset() {
        PbxLocalTime clock = new PbxLocalTime(NEW_YORK);
        // 2026-03-08 02:30 does not exist in New York: read with EST (-5) = 07:30Z, shown as 03:30 EDT
        assertEquals("2026-03-08T07:30:00Z",
                clock.toInstant(LocalDateTime.of(2026, 3, 8, 2, 30).toEpochSecond(ZoneOffset.UTC)).toString());
        // 2026-11-01 01:30 happens twice: the first one, EDT (-4) = 05:30Z
        assertEquals("2026-11-01T05:30:00Z",
                clock.toInstant(LocalDateTime.of(2026, 11, 1, 1, 30).toEpochSecond(ZoneOffset.UTC)).toString());
    }

    @Test
    void outOfOrderRecordsStillUseTheirOwnDaysOffset() {
        PbxLocalTime clock = new PbxLocalTime(NEW_YORK);
        long summer = LocalDateTime.of(2026, 7, 1, 12, 0).toEpochSecond(ZoneOffset.UTC);
        long winter = LocalDateTime.of(2026, 1, 15, 12, 0).toEpochSecond(ZoneOffset.UTC);
        assertEquals("2026-07-01T16:00:00Z", clock.toInstant(summer).toString());
        assertEquals("2026-01-15T17:00:00Z", clock.toInstant(winter).toString());
        assertEquals("2026-07-01T16:00:00Z", clock.toInstant(summer).toString());
    }
}
