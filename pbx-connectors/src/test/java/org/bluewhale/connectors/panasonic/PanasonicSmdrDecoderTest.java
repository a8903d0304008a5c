package org.bluewhale.connectors.panasonic;

import static org.bluewhale.connectors.sim.DecodedLegs.answersEveryTruncationAndCorruption;
import static org.bluewhale.connectors.sim.DecodedLegs.leg;
import static org.bluewhale.connectors.sim.DecodedLegs.rejected;
import static org.bluewhale.connectors.sim.DecodedLegs.skipped;
import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

class PanasonicSmdrDecoderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final PanasonicSmdrDecoder decoder = new PanasonicSmdrDecoder(SHANGHAI, "MM/dd/yy");

    @Test
    void outgoingCallWithAccountCode() {
        CallLeg leg = leg(decoder, text("01/24/26 09:31AM   2101 01  013912345678                     00:00'42  4711"));
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString());
        assertEquals(42, leg.durationSeconds());
        assertEquals("2101", leg.callingNumber());
        assertEquals("013912345678", leg.dialedNumber());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("01", leg.trunkOut());
        assertEquals("4711", leg.accountCode());
        assertEquals("", leg.conditionCode());
    }

    @Test
    void incomingTransferredCallWithRingTime() {
        CallLeg leg = leg(decoder, text("01/24/26 02:40PM   2345 02  <I>02188776655             0'07 00:05'05            TR"));
        assertEquals("2026-01-24T06:40:00Z", leg.start().toString());
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals("02188776655", leg.callingNumber());
        assertEquals("2345", leg.dialedNumber());
        assertEquals("02", leg.trunkIn());
        assertEquals(7, leg.ringSeconds());
        assertEquals(305, leg.durationSeconds());
        assertEquals("TR", leg.conditionCode());
        assertEquals("", leg.accountCode());
    }

    @Test
    void twentyFourHourTimesAndDayFirstDates() {
        PanasonicSmdrDecoder dayFirst = new PanasonicSmdrDecoder(SHANGHAI, "dd/MM/yy");
        CallLeg leg = leg(dayFirst, text("24/01/26 12:05 2101 01 013912345678 00:01'00 FW"));
        assertEquals("2026-01-24T04:05:00Z", leg.start().toString());
        assertEquals("FW", leg.conditionCode());
        assertEquals("2026-01-24T04:05:00Z", leg(decoder, text("01/24/26 12:05PM 2101 01 013912345678 00:01'00")).start().toString());
    }

    @Test
    void headerAndRulerLinesAreSkipped() {
        assertEquals("SMDR header line", skipped(decoder,
                text("  Date     Time    Ext  CO  Dial Number                 Ring Duration  Acc code  CD")));
        assertEquals("SMDR header line", skipped(decoder, text("--------------------------------------------------")));
    }

    @Test
    void malformedLinesSayWhy() {
        assertEquals("'13/24/26 09:31AM' is not a valid MM/dd/yy date and time",
                rejected(decoder, text("13/24/26 09:31AM 2101 01 013912345678 00:00'42")));
        assertEquals("duration '00:75'42' is not hh:mm'ss",
                rejected(decoder, text("01/24/26 09:31AM 2101 01 013912345678 00:75'42")));
        assertEquals("not a Panasonic SMDR line: expected date, time, extension, CO line, number, [ring m'ss,] "
                + "duration hh:mm'ss [, account code] [, CD] separated by spaces",
                rejected(decoder, text("01/24/26 09:31AM 2101 01 013912345678 42s")));
    }

    @Test
    void everyTruncationOrCorruptionIsAnsweredNeverThrown() {
        answersEveryTruncationAndCorruption(decoder,
                "01/24/26 02:40PM   2345 02  <I>02188776655             0'07 00:05'05            TR",
                "24/01/26 12:05 2101 01 013912345678 00:01'00 FW");
    }
}
