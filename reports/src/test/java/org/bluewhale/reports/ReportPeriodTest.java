package org.bluewhale.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void showsTheRangeInTheChosenZoneWithItsOffsetAndAnInclusiveEnd() {
        ReportPeriod period = new ReportPeriod(Instant.parse("2000-10-08T16:00:00Z"), Instant.parse("2012-11-09T16:00:00Z"),
                ZoneId.of("Asia/Shanghai"));
        assertEquals("from 2000-10-09 00:00:00 UTC+0800 to 2012-11-09 23:59:59 UTC+0800", period.describe());
    }

    @Test
    void eachEndCarriesItsOwnOffsetAcrossADaylightSavingChange() {
        ReportPeriod march = new ReportPeriod(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"),
                ZoneId.of("Europe/Berlin"));
        assertEquals("from 2026-03-01 00:00:00 UTC+0100 to 2026-03-31 23:59:59 UTC+0200", march.describe());
        ReportPeriod utc = new ReportPeriod(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                ZoneId.of("UTC"));
        assertEquals("from 2026-03-01 00:00:00 UTC+0000 to 2026-03-01 23:59:59 UTC+0000", utc.describe());
    }

    @Test
    void refusesAnEmptyPeriod() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(t, t, ZoneId.of("UTC")));
    }
}
