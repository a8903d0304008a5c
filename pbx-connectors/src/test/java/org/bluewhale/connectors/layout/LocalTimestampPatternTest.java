package org.bluewhale.connectors.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimestampPatternTest {

    private final LocalTimestampPattern avaya = LocalTimestampPattern.compile("ddMMyy HHmm");

    @Test
    void readsDayMonthTwoDigitYearHourMinute() {
        assertEquals(local(2026, 1, 24, 9, 31), parse(avaya, "240126 0931"));
        assertEquals(local(2024, 2, 29, 23, 59), parse(avaya, "290224 2359"));
    }

    @Test
    void rejectsImpossibleDatesAndNonDigits() {
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "290225 1000")); // 2025 is not a leap year
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "321226 1000"));
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "241326 1000"));
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "240126 2460"));
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "24O126 1000"));
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "240126-1000"));
        assertEquals(LocalTimestampPattern.INVALID, parse(avaya, "2401"));
    }

    @Test
    void formatWritesWhatParseReads() {
        LocalTimestampPattern iso = LocalTimestampPattern.compile("yyyy-MM-dd HH:mm:ss");
        long when = local(2026, 3, 8, 2, 30) + 15;
        byte[] out = new byte[iso.width()];
        iso.format(when, out, 0);
        assertEquals("2026-03-08 02:30:15", new String(out, StandardCharsets.US_ASCII));
        assertEquals(when, iso.parse(out, 0));
    }

    private static long parse(LocalTimestampPattern pattern, String text) {
        return pattern.parse(text.getBytes(StandardCharsets.US_ASCII), 0);
    }

    private static long local(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).toEpochSecond(ZoneOffset.UTC);
    }
}
