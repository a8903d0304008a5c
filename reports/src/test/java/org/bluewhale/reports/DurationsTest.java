package org.bluewhale.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void printsDaysThenHoursMinutesSeconds() {
        assertEquals("0D 08:18:45", Durations.format(8 * 3600 + 18 * 60 + 45));
        assertEquals("0D 00:00:00", Durations.format(0));
        assertEquals("1D 01:01:01", Durations.format(86_400 + 3_661));
        assertEquals("400D 23:59:59", Durations.format(400 * 86_400L + 86_399));
    }

    @Test
    void refusesNegativeDurations() {
        assertThrows(IllegalArgumentException.class, () -> Durations.format(-1));
    }
}
