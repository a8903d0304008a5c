package org.bluewhale.connectors.freeswitch;

import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneId;
import org.bluewhale.connectors.sim.DecodedLegs;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoders;
import org.junit.jupiter.api.Test;

class FreeSwitchCsvDecoderTest {

    private static final String OUTGOING = "\"Wang Li\",\"2101\",\"013912345678\",\"default\",\"2026-01-24 09:30:48\","
            + "\"2026-01-24 09:31:00\",\"2026-01-24 09:31:42\",\"54\",\"42\",\"NORMAL_CLEARING\","
            + "\"0b4c5e1a-8f7d-4c3b-9a21-6d0e2f1a7b55\",\"5d2f7c90-1e3a-4b6c-8d9e-0f1a2b3c4d5e\",\"4711\",\"PCMA\",\"PCMA\"";
    /** A call from a gateway to a DID lands in the public context. */
    private static final String INCOMING = "\"02188776655\",\"02188776655\",\"+862188772345\",\"public\","
            + "\"2026-01-24 10:10:05\",\"2026-01-24 10:10:12\",\"2026-01-24 10:15:17\",\"312\",\"305\","
            + "\"NORMAL_CLEARING\",\"7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6b\",\"\",\"\",\"PCMA\",\"PCMA\"";
    private static final String UNANSWERED_INTERNAL = "\"Wang Li\",\"2101\",\"2456\",\"default\","
            + "\"2026-01-24 11:02:00\",\"\",\"2026-01-24 11:02:20\",\"20\",\"0\",\"NO_ANSWER\","
            + "\"c0ffee00-1111-4222-8333-944455556666\",\"\",\"\",\"PCMU\",\"PCMU\"";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final FreeSwitchCsvDecoder decoder = new FreeSwitchCsvDecoder(SHANGHAI);

    @Test
    void outgoingCallFromAnExtensionToAPublicNumber() {
        CallLeg leg = leg(decoder, OUTGOING);
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString());
        assertEquals(42, leg.durationSeconds());
        assertEquals(12, leg.ringSeconds());
        assertEquals("2101", leg.callingNumber());
        assertEquals("013912345678", leg.dialedNumber());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("NORMAL_CLEARING", leg.conditionCode());
        assertEquals("4711", leg.accountCode());
        assertEquals("0b4c5e1a-8f7d-4c3b-9a21-6d0e2f1a7b55", leg.correlationId());
    }

    @Test
    void callInThePublicContextIsIncomingEvenToALongDid() {
        CallLeg leg = leg(decoder, INCOMING);
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals("+862188772345", leg.dialedNumber());
        assertEquals(305, leg.durationSeconds());
        assertEquals(7, leg.ringSeconds());
    }

    @Test
    void unansweredInternalCall() {
        CallLeg leg = leg(decoder, UNANSWERED_INTERNAL);
        assertEquals(Direction.INTERNAL, leg.direction());
        assertEquals("2026-01-24T03:02:00Z", leg.start().toString()); // offered at 11:02 local
        assertEquals(0, leg.durationSeconds());
        assertEquals(20, leg.ringSeconds());
        assertEquals("NO_ANSWER", leg.conditionCode());
    }

    @Test
    void directionByNumberShapeOutsideThePublicContext() {
        assertEquals(Direction.INCOMING, leg(decoder, OUTGOING.replace("\"2101\"", "\"13912345678\"")
                .replace("\"013912345678\"", "\"2101\"")).direction());
        assertEquals(Direction.UNKNOWN, leg(decoder, OUTGOING.replace("\"013912345678\"", "\"*98\"")).direction());
    }

    @Test
    void springForwardGapIsReadWithTheOffsetBeforeIt() {
        FreeSwitchCsvDecoder newYork = new FreeSwitchCsvDecoder(ZoneId.of("America/New_York"));
        // 08 Mar 2026 02:30 does not exist in New York: it becomes 03:30 EDT (07:30 UTC)
        String gap = OUTGOING.replace("2026-01-24 09:31:00", "2026-03-08 02:30:00").replace("2026-01-24", "2026-03-08");
        assertEquals("2026-03-08T07:30:00Z", leg(newYork, gap).start().toString());
    }

    @Test
    void brokenRowsAreRejectedWithAReason() {
        assertEquals("16 columns; the mod_cdr_csv example template has 15 (a site with its own template needs its "
                + "own format)", rejected(OUTGOING + ",\"x\""));
        assertEquals("a quoted field is not closed (missing \")", rejected(OUTGOING.substring(0, 30)));
        assertEquals("start_stamp '2026-01-24T09:30:48' is not a yyyy-MM-dd HH:mm:ss date-time (column 4)",
                rejected(OUTGOING.replace("2026-01-24 09:30:48", "2026-01-24T09:30:48")));
        assertEquals("answer_stamp '2026-01-24 25:31:00' is not a yyyy-MM-dd HH:mm:ss date-time (column 5)",
                rejected(OUTGOING.replace("2026-01-24 09:31:00", "2026-01-24 25:31:00")));
        assertEquals("end_stamp '0' is not a yyyy-MM-dd HH:mm:ss date-time (column 6)",
                rejected(OUTGOING.replace("2026-01-24 09:31:42", "0")));
        assertEquals("duration '' is not a whole number of seconds (column 7)", rejected(OUTGOING.replace("\"54\"", "\"\"")));
        assertEquals("billsec '4.2' is not a whole number of seconds (column 8)",
                rejected(OUTGOING.replace("\"42\"", "\"4.2\"")));
    }

    @Test
    void blankLineIsSkippedAndNoTruncationThrows() {
        assertInstanceOf(Decoded.Skipped.class, decoder.decode(text("")));
        DecodedLegs.answersEveryTruncation(decoder, OUTGOING, INCOMING, UNANSWERED_INTERNAL);
    }

    @Test
    void serviceLoaderFindsTheFormat() {
        assertInstanceOf(FreeSwitchCsvDecoder.class, RecordDecoders.discover()
                .create(new PbxDescriptor("sh-fs", "shanghai", FreeSwitchCsvDecoderProvider.FORMAT, SHANGHAI)));
    }

    private static CallLeg leg(FreeSwitchCsvDecoder decoder, String line) {
        return DecodedLegs.leg(decoder, text(line));
    }

    private String rejected(String line) {
        return DecodedLegs.rejected(decoder, text(line));
    }
}
