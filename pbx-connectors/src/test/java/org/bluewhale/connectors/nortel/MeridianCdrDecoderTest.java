package org.bluewhale.connectors.nortel;

import static org.bluewhale.connectors.sim.DecodedLegs.answersEveryTruncationAndCorruption;
import static org.bluewhale.connectors.sim.DecodedLegs.leg;
import static org.bluewhale.connectors.sim.DecodedLegs.rejected;
import static org.bluewhale.connectors.sim.DecodedLegs.skipped;
import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.bluewhale.connectors.sim.RawRecords.textAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.junit.jupiter.api.Test;

class MeridianCdrDecoderTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private final MeridianCdrDecoder decoder = new MeridianCdrDecoder(TORONTO);

    @Test
    void normalOutgoingRecordFromTheDocumentation() {
        // received 13:00 Toronto on 28 June: the 06/28 stamp is this year's
        CallLeg leg = leg(decoder, textAt("N 001 00 DN1234 T000001 06/28 12:10:50 00:10:30.0 12134567890",
                "2026-06-28T17:00:00Z"));
        assertEquals("2026-06-28T16:00:20Z", leg.start().toString()); // ended 12:10:50 EDT after 10:30
        assertEquals(630, leg.durationSeconds());
        assertEquals("1234", leg.callingNumber());
        assertEquals("12134567890", leg.dialedNumber());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("000/001", leg.trunkOut());
        assertEquals("N", leg.conditionCode());
        assertEquals("DN1234", leg.callingDevice());
        assertEquals("T000001", leg.calledDevice());
        assertEquals("", leg.correlationId());
    }

    @Test
    void incomingTrunkToStation() {
        CallLeg leg = leg(decoder, textAt("N 014 00 T005012 DN2345  01/23 17:02:11 00:03:05.0",
                "2026-01-23T22:10:00Z"));
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals("2345", leg.dialedNumber());
        assertEquals("005/012", leg.trunkIn());
        assertEquals(185, leg.durationSeconds());
    }

    @Test
    void transferPiecesShareTheTrunkAsCorrelationKey() {
        String received = "2026-01-23T22:10:00Z";
        CallLeg start = leg(decoder, textAt("S 020 00 T005012 DN2345  01/23 16:50:00 00:01:10.0", received));
        CallLeg end = leg(decoder, textAt("E 021 00 T005012 DN2456  01/23 16:58:30 00:07:20.0", received));
        assertEquals("00:T005012", start.correlationId());
        assertEquals(start.correlationId(), end.correlationId());
        assertEquals("2026-01-23T21:50:00Z", start.start().toString()); // an S record stamps the start
        assertEquals("2026-01-23T21:51:10Z", end.start().toString()); // an E record stamps the end
    }

    @Test
    void internalAndAbandonedCalls() {
        CallLeg internal = leg(decoder, text("L 030 00 DN2101   DN2456   01/24 09:00:05 00:00:40.0"));
        assertEquals(Direction.INTERNAL, internal.direction());
        assertEquals("2456", internal.dialedNumber());
        CallLeg abandoned = leg(decoder, text("B 031 00 T005003 DN2345  01/24 09:05:00 00:00:18.0"));
        assertEquals(0, abandoned.durationSeconds());
        assertEquals(18, abandoned.ringSeconds());
        assertEquals("B", abandoned.conditionCode());
    }

    @Test
    void recordsWithoutACallAreSkipped() {
        assertEquals("Meridian T record (no call)", skipped(decoder, text("T 040 00 01/24 09:00:00")));
        assertEquals("Meridian A record (no call)", skipped(decoder, text("A 041 00 T005003 1234567")));
        assertEquals("continuation line of a new-format CDR record", skipped(decoder, text("& 0000 0000 02188776655")));
    }

    @Test
    void malformedRecordsSayWhy() {
        assertEquals("not a Meridian CDR record: expected type, record number, customer, originating ID, terminating ID, "
                + "MM/DD, HH:MM:SS and duration separated by spaces", rejected(decoder, text("N 001 00 DN1234 T000001")));
        assertEquals("date '0628' is not MM/DD",
                rejected(decoder, text("N 001 00 DN1234 T000001 0628 12:10:50 00:10:30.0 12134567890")));
        assertEquals("time stamp '13/28 12:10:50' is not a valid MM/DD HH:MM:SS date and time",
                rejected(decoder, text("N 001 00 DN1234 T000001 13/28 12:10:50 00:10:30.0 12134567890")));
        assertEquals("duration '00:70:30.0' is not HH:MM:SS.T",
                rejected(decoder, text("N 001 00 DN1234 T000001 06/28 12:10:50 00:70:30.0 12134567890")));
    }

    @Test
    void everyTruncationOrCorruptionIsAnsweredNeverThrown() {
        answersEveryTruncationAndCorruption(decoder, "N 001 00 DN1234 T000001 06/28 12:10:50 00:10:30.0 12134567890",
                "S 020 00 T005012 DN2345  01/23 16:50:00 00:01:10.0");
    }
}
