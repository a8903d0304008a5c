package org.bluewhale.connectors.asterisk;

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

class AsteriskCsvDecoderTest {

    /** Desk phone 2101 dials a mobile through the provider trunk; Asterisk 16+ with linkedid (21 columns). */
    private static final String OUTGOING = "\"4711\",\"2101\",\"013912345678\",\"from-internal\","
            + "\"\"\"Wang Li\"\" <2101>\",\"PJSIP/2101-0000001a\",\"PJSIP/cn-telecom-0000001b\",\"Dial\","
            + "\"PJSIP/013912345678@cn-telecom,60\",\"2026-01-24 09:30:48\",\"2026-01-24 09:31:00\","
            + "\"2026-01-24 09:31:42\",54,42,\"ANSWERED\",\"DOCUMENTATION\",\"1769218248.26\",\"\",\"\","
            + "\"1769218248.25\",31";
    /** A caller from the PSTN reaches extension 2345 over a DAHDI E1 channel (18 columns). */
    private static final String INCOMING = "\"\",\"02188776655\",\"2345\",\"from-pstn\",\"\"\"02188776655\"\" "
            + "<02188776655>\",\"DAHDI/3-1\",\"PJSIP/2345-00000031\",\"Dial\",\"PJSIP/2345,30\","
            + "\"2026-01-24 10:10:05\",\"2026-01-24 10:10:12\",\"2026-01-24 10:15:17\",312,305,\"ANSWERED\","
            + "\"DOCUMENTATION\",\"1769220605.48\",\"\"";
    /** 2101 calls 2456, who does not pick up (17 columns, old SIP channel driver). */
    private static final String UNANSWERED_INTERNAL = "\"\",\"2101\",\"2456\",\"from-internal\",\"\"\"Wang Li\"\" "
            + "<2101>\",\"SIP/2101-00000a1c\",\"SIP/2456-00000a1d\",\"Dial\",\"SIP/2456,20\","
            + "\"2026-01-24 11:02:00\",\"\",\"2026-01-24 11:02:20\",20,0,\"NO ANSWER\",\"DOCUMENTATION\","
            + "\"1769223720.61\"";
    /** 2101 checks voicemail (16 columns, Asterisk 1.4 style). */
    private static final String FEATURE_CODE = "\"\",\"2101\",\"*97\",\"from-internal\",\"\",\"SIP/2101-00000a20\","
            + "\"\",\"VoiceMailMain\",\"\",\"2026-01-24 11:05:00\",\"2026-01-24 11:05:00\",\"2026-01-24 11:05:31\","
            + "31,31,\"ANSWERED\",\"DOCUMENTATION\"";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final AsteriskCsvDecoder decoder = new AsteriskCsvDecoder(SHANGHAI);

    @Test
    void outgoingCallThroughAProviderTrunk() {
        CallLeg leg = leg(decoder, OUTGOING);
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString()); // answered 09:31 in Shanghai (+08:00)
        assertEquals(42, leg.durationSeconds());
        assertEquals(12, leg.ringSeconds());
        assertEquals("2101", leg.callingNumber());
        assertEquals("013912345678", leg.dialedNumber());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("ANSWERED", leg.conditionCode());
        assertEquals("4711", leg.accountCode());
        assertEquals("", leg.trunkIn());
        assertEquals("PJSIP/cn-telecom", leg.trunkOut());
        assertEquals("1769218248.25", leg.correlationId()); // linkedid, not uniqueid
        assertEquals(SHANGHAI, leg.zone());
    }

    @Test
    void incomingCallOnADahdiChannel() {
        CallLeg leg = leg(decoder, INCOMING);
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals("02188776655", leg.callingNumber());
        assertEquals("2345", leg.dialedNumber());
        assertEquals(305, leg.durationSeconds());
        assertEquals(7, leg.ringSeconds());
        assertEquals("DAHDI/3", leg.trunkIn());
        assertEquals("", leg.trunkOut());
        assertEquals("1769220605.48", leg.correlationId()); // no linkedid column: uniqueid
    }

    @Test
    void unansweredInternalCallStartsWhenOfferedAndRingsForItsWholeDuration() {
        CallLeg leg = leg(decoder, UNANSWERED_INTERNAL);
        assertEquals(Direction.INTERNAL, leg.direction());
        assertEquals("2026-01-24T03:02:00Z", leg.start().toString());
        assertEquals(0, leg.durationSeconds());
        assertEquals(20, leg.ringSeconds());
        assertEquals("NO ANSWER", leg.conditionCode());
        assertEquals("", leg.trunkIn() + leg.trunkOut());
    }

    @Test
    void featureCodeWithoutTrunkIsUnknownAndOldRowsHaveNoCorrelationId() {
        CallLeg leg = leg(decoder, FEATURE_CODE);
        assertEquals(Direction.UNKNOWN, leg.direction());
        assertEquals("*97", leg.dialedNumber());
        assertEquals("", leg.correlationId());
    }

    @Test
    void newColumnsWithoutUniqueIdOrUserfield() {
        // newcdrcolumns=yes only: 19 columns, linkedid is the 18th
        String nineteen = FEATURE_CODE + ",\"\",\"1769223900.70\",3";
        assertEquals("1769223900.70", leg(decoder, nineteen).correlationId());
        // loguserfield=yes and newcdrcolumns=yes: 20 columns whose 17th is not a uniqueid
        String twenty = FEATURE_CODE + ",\"vip\",\"\",\"\",4";
        assertEquals("", leg(decoder, twenty).correlationId());
        // loguniqueid=yes and newcdrcolumns=yes, with a system name, no linkedid yet
        String twentyWithId = FEATURE_CODE + ",\"pbx1-1769223900.71\",\"\",\"\",5";
        assertEquals("pbx1-1769223900.71", leg(decoder, twentyWithId).correlationId());
    }

    @Test
    void userfieldAloneIsNotMistakenForAUniqueId() {
        assertEquals("", leg(decoder, FEATURE_CODE + ",\"vip customer\"").correlationId());
    }

    @Test
    void channelsAreTheDevices() {
        CallLeg leg = leg(decoder, OUTGOING);
        assertEquals("PJSIP/2101-0000001a", leg.callingDevice());
        assertEquals("PJSIP/cn-telecom-0000001b", leg.calledDevice());
    }

    @Test
    void busyAndFailedDispositionsAreKeptVerbatim() {
        assertEquals("BUSY", leg(decoder, UNANSWERED_INTERNAL.replace("NO ANSWER", "BUSY")).conditionCode());
        assertEquals("FAILED", leg(decoder, UNANSWERED_INTERNAL.replace("NO ANSWER", "FAILED")).conditionCode());
    }

    @Test
    void outgoingOnANamedSipTrunkButNotToANumberedPjsipPhone() {
        String sipTrunk = OUTGOING.replace("PJSIP/cn-telecom-0000001b", "SIP/trunk-0000001b");
        assertEquals("SIP/trunk", leg(decoder, sipTrunk).trunkOut());
        assertEquals(Direction.OUTGOING, leg(decoder, sipTrunk).direction());
        String phone = OUTGOING.replace("PJSIP/cn-telecom-0000001b", "PJSIP/2456-0000001b");
        assertEquals(Direction.UNKNOWN, leg(decoder, phone).direction()); // extension to a long number, no trunk
    }

    @Test
    void localTimeInDaylightSavingOverlapTakesTheEarlierOffset() {
        AsteriskCsvDecoder berlin = new AsteriskCsvDecoder(ZoneId.of("Europe/Berlin"));
        // 25 Oct 2026 02:30 happens twice in Berlin: CEST (+02:00) is taken
        String overlap = INCOMING.replace("2026-01-24 10:10:12", "2026-10-25 02:30:00")
                .replace("2026-01-24", "2026-10-25");
        assertEquals("2026-10-25T00:30:00Z", leg(berlin, overlap).start().toString());
        String winter = overlap.replace("2026-10-25 02:30:00", "2026-10-25 03:30:00");
        assertEquals("2026-10-25T02:30:00Z", leg(berlin, winter).start().toString());
    }

    @Test
    void quotedCommasAndDoubledQuotesStayInsideTheirField() {
        String withUserfield = INCOMING.substring(0, INCOMING.length() - 2) + "\"vip, \"\"gold\"\"\"";
        CallLeg leg = leg(decoder, withUserfield);
        assertEquals("2345", leg.dialedNumber());
        assertEquals("1769220605.48", leg.correlationId());
    }

    @Test
    void brokenRowsAreRejectedWithAReason() {
        assertEquals("19 columns; Asterisk Master.csv rows have 16 to 21 (16 fixed, then uniqueid, userfield, "
                + "and peeraccount, linkedid, sequence as cdr.conf asks)", rejected(INCOMING + ",\"\""));
        assertEquals("22 columns; Asterisk Master.csv rows have 16 to 21 (16 fixed, then uniqueid, userfield, "
                + "and peeraccount, linkedid, sequence as cdr.conf asks)", rejected(OUTGOING + ",\"x\""));
        assertEquals("a quoted field is not closed (missing \")", rejected(INCOMING.substring(0, 40)));
        assertEquals("start '2026-02-30 10:10:05' is not a yyyy-MM-dd HH:mm:ss date-time (column 9)",
                rejected(INCOMING.replace("2026-01-24 10:10:05", "2026-02-30 10:10:05")));
        assertEquals("answer '24/01/2026 10:10' is not a yyyy-MM-dd HH:mm:ss date-time (column 10)",
                rejected(INCOMING.replace("2026-01-24 10:10:12", "24/01/2026 10:10")));
        assertEquals("end '' is not a yyyy-MM-dd HH:mm:ss date-time (column 11)",
                rejected(INCOMING.replace("2026-01-24 10:15:17", "")));
        assertEquals("duration '-3' is not a whole number of seconds (column 12)",
                rejected(INCOMING.replace(",312,", ",-3,")));
        assertEquals("billsec '30s' is not a whole number of seconds (column 13)",
                rejected(INCOMING.replace(",305,", ",30s,")));
    }

    @Test
    void blankLineIsSkippedAndNoTruncationThrows() {
        assertInstanceOf(Decoded.Skipped.class, decoder.decode(text("  ")));
        DecodedLegs.answersEveryTruncation(decoder, OUTGOING, INCOMING, UNANSWERED_INTERNAL, FEATURE_CODE);
    }

    @Test
    void serviceLoaderFindsTheFormat() {
        assertInstanceOf(AsteriskCsvDecoder.class, RecordDecoders.discover()
                .create(new PbxDescriptor("sh-ast", "shanghai", AsteriskCsvDecoderProvider.FORMAT, SHANGHAI)));
    }

    private static CallLeg leg(AsteriskCsvDecoder decoder, String line) {
        return DecodedLegs.leg(decoder, text(line));
    }

    private String rejected(String line) {
        return DecodedLegs.rejected(decoder, text(line));
    }
}
