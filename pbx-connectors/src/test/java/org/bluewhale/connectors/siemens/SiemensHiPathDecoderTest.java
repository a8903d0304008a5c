package org.bluewhale.connectors.siemens;

import static org.bluewhale.connectors.sim.RawRecords.binary;
import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneId;
import org.bluewhale.connectors.sim.DecodedLegs;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoders;
import org.junit.jupiter.api.Test;

class SiemensHiPathDecoderTest {

    //                                  0         1         2         3         4         5         6         7         8         9         10
    //                                  0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678
    private static final String OUTGOING = "24.01.2609:31:420010012101  0004200:00:4213912345678              0000000000324711                  000120003";
    private static final String INCOMING = "24.01.2610:15:170020012345  0030500:05:0502188776655              000000000001           88772345   00021    ";
    private static final String UNANSWERED = "24.01.2611:30:120020012100  0000000:00:00                         000000000001           88772100   00022    ";
    private static final String PAST_MIDNIGHT = "25.01.2600:00:300010012101  0009000:01:3013912345678              000000000022                      000130003";
    private static final String SPRING_FORWARD = "29.03.2603:00:300010012101  0012000:02:00004930123456             000000000022                      000130001";

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final SiemensHiPathDecoder decoder = new SiemensHiPathDecoder(BERLIN);

    @Test
    void outgoingCallStartsItsDurationBeforeTheEndTime() {
        CallLeg leg = leg(text(OUTGOING));
        assertEquals("2026-01-24T08:31:00Z", leg.start().toString()); // ended 09:31:42 CET (+01:00), 42 s
        assertEquals(42, leg.durationSeconds());
        assertEquals("2101", leg.callingNumber());
        assertEquals("13912345678", leg.dialedNumber());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("4711", leg.accountCode());
        assertEquals("", leg.trunkIn());
        assertEquals("001/00012", leg.trunkOut());
        assertEquals("", leg.conditionCode());
        assertEquals(BERLIN, leg.zone());
    }

    @Test
    void incomingCallSwapsExtensionAndExternalNumber() {
        CallLeg leg = leg(text(INCOMING));
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals("02188776655", leg.callingNumber());
        assertEquals("2345", leg.dialedNumber());
        assertEquals(305, leg.durationSeconds());
        assertEquals("2026-01-24T09:10:12Z", leg.start().toString());
        assertEquals("002/00021", leg.trunkIn());
        assertEquals("", leg.trunkOut());
    }

    @Test
    void unansweredIncomingCallWithoutCallerIdHasNoDuration() {
        CallLeg leg = leg(text(UNANSWERED));
        assertEquals(0, leg.durationSeconds());
        assertEquals("2026-01-24T10:30:12Z", leg.start().toString());
        assertEquals("", leg.callingNumber());
        assertEquals("2100", leg.dialedNumber());
    }

    @Test
    void callEndingJustAfterMidnightStartedTheDayBefore() {
        assertEquals("2026-01-24T22:59:00Z", leg(text(PAST_MIDNIGHT)).start().toString()); // 23:59:00 CET on the 24th
    }

    @Test
    void callAcrossTheSpringForwardStartsInWinterTime() {
        // ended 03:00:30 CEST (01:00:30Z) after 120 s: started 01:59:30 CET, not at the non-existent 02:58:30
        assertEquals("2026-03-29T00:58:30Z", leg(text(SPRING_FORWARD)).start().toString());
    }

    @Test
    void blankSecondsColumnFallsBackToTheClockDuration() {
        String clockOnly = INCOMING.substring(0, 28) + "     " + INCOMING.substring(33);
        assertEquals(305, leg(text(clockOnly)).durationSeconds());
    }

    @Test
    void lineWithoutTrailingSpacesDecodes() {
        assertEquals("2345", leg(text(INCOMING.stripTrailing())).dialedNumber());
    }

    @Test
    void shortLineIsNotACdr() {
        assertEquals("only 39 characters; siemens-hipath records reach at least the call type (columns 77-78)",
                rejected(text(OUTGOING.substring(0, 39) + "   ")));
    }

    @Test
    void impossibleEndTimeIsRejectedWithItsColumns() {
        assertEquals("end '30.02.2609:31:42' is not a valid dd.MM.yyHH:mm:ss date-time (columns 0-16)",
                rejected(text("30.02.26" + OUTGOING.substring(8))));
    }

    @Test
    void unreadableDurationIsRejectedWithBothColumns() {
        assertEquals("duration '0o042' (columns 28-33) is not a number and '00:00-42' (columns 33-41) is not hh:mm:ss",
                rejected(text(OUTGOING.substring(0, 28) + "0o04200:00-42" + OUTGOING.substring(41))));
    }

    @Test
    void unknownCallTypeIsRejected() {
        assertEquals("call type '3' is not 1 (incoming) or 2 (outgoing) (columns 77-78)",
                rejected(text(OUTGOING.substring(0, 77) + '3' + OUTGOING.substring(78))));
    }

    @Test
    void binaryGarbageIsRejectedAndBlankLinesSkipped() {
        assertEquals("not a text record: byte 0x80 at column 0", rejected(binary("80050107810203ff00")));
        assertInstanceOf(Decoded.Skipped.class, decoder.decode(text(" \r")));
    }

    @Test
    void everyTruncationOrCorruptionOfARecordIsAnsweredNeverThrown() {
        DecodedLegs.answersEveryTruncationAndCorruption(decoder, OUTGOING, INCOMING, UNANSWERED, PAST_MIDNIGHT,
                SPRING_FORWARD);
    }

    @Test
    void serviceLoaderFindsTheFormat() {
        assertInstanceOf(SiemensHiPathDecoder.class, RecordDecoders.discover()
                .create(new PbxDescriptor("ber-hipath", "berlin", SiemensHiPathDecoderProvider.FORMAT, BERLIN)));
    }

    private CallLeg leg(RawRecord raw) {
        return DecodedLegs.leg(decoder, raw);
    }

    private String rejected(RawRecord raw) {
        return DecodedLegs.rejected(decoder, raw);
    }
}
