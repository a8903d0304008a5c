package org.bluewhale.connectors.avaya;

import static org.bluewhale.connectors.sim.RawRecords.binary;
import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneId;
import org.bluewhale.connectors.layout.FixedWidthLayout;
import org.bluewhale.connectors.sim.DecodedLegs;
import org.bluewhale.connectors.sim.RawRecords;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.junit.jupiter.api.Test;

class AvayaUnformattedDecoderTest {

    //                                  0         1         2         3         4         5         6         7         8         9
    //                                  0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
    private static final String OUTGOING = "240126 0931 0042 7 9   101     2101               13912345678     4711        1       012 0";
    private static final String INCOMING = "240126 1015 0305 9         701 02188776655        2345                        0   007     0";
    private static final String INTERNAL = "240126 1102 0017 0             2101               2456                                    0";
    private static final String ABANDONED = "240126 1130 0000 H         701 62345678           2100                            003      ";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final AvayaCdrDecoder decoder =
            new AvayaCdrDecoder(FixedWidthLayout.preset("avaya-unformatted"), SHANGHAI);

    @Test
    void outgoingCallThroughTheOutsideLineAccessCode() {
        RawRecord raw = text(OUTGOING);
        CallLeg leg = leg(raw);
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString()); // 09:31 in Shanghai (+08:00)
        assertEquals(42, leg.durationSeconds());
        assertEquals("2101", leg.callingNumber());
        assertEquals("13912345678", leg.dialedNumber());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("7", leg.conditionCode());
        assertEquals("4711", leg.accountCode());
        assertEquals("", leg.trunkIn());
        assertEquals("101/012", leg.trunkOut());
        assertEquals(SHANGHAI, leg.zone());
        assertEquals(raw.sequence(), leg.sequence());
        assertEquals(RawRecords.PBX_ID, leg.pbxId());
    }

    @Test
    void incomingCallOnATrunk() {
        CallLeg leg = leg(text(INCOMING));
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals(305, leg.durationSeconds());
        assertEquals("02188776655", leg.callingNumber());
        assertEquals("2345", leg.dialedNumber());
        assertEquals("701/007", leg.trunkIn());
        assertEquals("", leg.trunkOut());
    }

    @Test
    void intraswitchCallIsInternal() {
        CallLeg leg = leg(text(INTERNAL));
        assertEquals(Direction.INTERNAL, leg.direction());
        assertEquals("2456", leg.dialedNumber());
        assertEquals("", leg.trunkIn() + leg.trunkOut());
    }

    @Test
    void abandonedRingIsStillALegWithItsCodeAndDirectionFromTheTrunk() {
        CallLeg leg = leg(text(ABANDONED));
        assertEquals("H", leg.conditionCode());
        assertEquals(0, leg.durationSeconds());
        assertEquals(Direction.INCOMING, leg.direction());
    }

    @Test
    void conferenceLegWithOutgoingTrunkAndNoConditionOfItsOwnIsOutgoing() {
        String conference = OUTGOING.substring(0, 17) + "C" + OUTGOING.substring(18);
        assertEquals(Direction.OUTGOING, leg(text(conference)).direction());
    }

    @Test
    void lineWithoutTrailingSpacesDecodes() {
        assertEquals("2456", leg(text(INTERNAL.stripTrailing())).dialedNumber());
    }

    @Test
    void shortLineIsNotACdr() {
        assertEquals("only 24 characters after trimming; avaya-unformatted records have at least 70",
                rejected(text("  240126 0931 0042 7 9 101  ")));
    }

    @Test
    void impossibleDateIsRejectedWithItsColumns() {
        assertEquals("start '310226 0931' is not a valid ddMMyy HHmm date-time (columns 0-11)",
                rejected(text("310226" + OUTGOING.substring(6))));
    }

    @Test
    void nonNumericDurationIsRejectedWithItsColumns() {
        assertEquals("duration ' 0a2' (columns 12-16) is not a number",
                rejected(text(OUTGOING.substring(0, 12) + " 0a2" + OUTGOING.substring(16))));
    }

    @Test
    void binaryGarbageIsRejected() {
        assertEquals("not a text record: byte 0x80 at column 0", rejected(binary("80050107810203ff00")));
        assertEquals("not a text record: byte 0x07 at column 40",
                rejected(text(OUTGOING.substring(0, 40) + '\u0007' + OUTGOING.substring(41))));
    }

    @Test
    void everyTruncationOrCorruptionOfARecordIsAnsweredNeverThrown() {
        DecodedLegs.answersEveryTruncationAndCorruption(decoder, OUTGOING, INCOMING, INTERNAL, ABANDONED);
    }

    @Test
    void blankLineIsSkipped() {
        assertInstanceOf(Decoded.Skipped.class, decoder.decode(text("   \t ")));
    }

    @Test
    void localTimeInDaylightSavingGapAndOverlap() {
        ZoneId newYork = ZoneId.of("America/New_York");
        AvayaCdrDecoder us = new AvayaCdrDecoder(FixedWidthLayout.preset("avaya-unformatted"), newYork);
        // 08 Mar 2026 02:30 does not exist there: like ZonedDateTime.ofLocal it becomes 03:30 EDT
        CallLeg gap = leg(us, text("080326 0230" + OUTGOING.substring(11)));
        assertEquals("2026-03-08T07:30:00Z", gap.start().toString());
        // 01 Nov 2026 01:30 happens twice: the earlier offset (EDT, -4) wins
        CallLeg overlap = leg(us, text("011126 0130" + OUTGOING.substring(11)));
        assertEquals("2026-11-01T05:30:00Z", overlap.start().toString());
        CallLeg after = leg(us, text("011126 0230" + OUTGOING.substring(11)));
        assertEquals("2026-11-01T07:30:00Z", after.start().toString());
    }

    private CallLeg leg(RawRecord raw) {
        return leg(decoder, raw);
    }

    private static CallLeg leg(AvayaCdrDecoder decoder, RawRecord raw) {
        return DecodedLegs.leg(decoder, raw);
    }

    private String rejected(RawRecord raw) {
        return DecodedLegs.rejected(decoder, raw);
    }
}
