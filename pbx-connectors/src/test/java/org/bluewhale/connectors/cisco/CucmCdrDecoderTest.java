package org.bluewhale.connectors.cisco;

import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bluewhale.connectors.csv.CsvRow;
import org.bluewhale.connectors.sim.DecodedLegs;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.decode.Decoded;
import org.junit.jupiter.api.Test;

class CucmCdrDecoderTest {

    /** An outgoing call from a desk phone to a mobile through the PSTN SIP trunk (133 columns). */
    private static final String OUTGOING = "1,2,4182307,38920211,1769218248,2,0,-1062731338,\"2101\",\"\",0,16,4,"
            + "-1062731338,24580,4,20,0,0,0,0,0,0,\"\",\"\",38920212,2,0,1835247808,\"13912345678\",\"13912345678\","
            + "\"\",0,16,4,1835247808,17482,4,20,0,0,0,0,0,0,\"\",\"\",1769218260,1769218302,\"\","
            + "\"7d5a2bd1-55e0-4c0f-9a3c-2c0a4f11b6e2\",\"\",\"PT_Internal\",\"PT_PSTN\",\"\",42,\"SEP0011AABB2101\","
            + "\"SH-PSTN-CUBE\",12,0,0,0,0,0,0,\"StandAloneCluster\",0,\"\",\"\",0,\"\",3,3,0,0,0,0,\"\","
            + "\"862188772101\",\"13912345678\",\"192.168.100.54\",\"192.168.99.109\",0,0,0,0,0,0,0,0,0,0,0,0,0,\"\",1,"
            + "\"\",0,0,0,\"\",\"\",0,\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",0,0,\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
            + "0,0,0,\"\",\"\",\"\",\"\",\"Cisco 8845\",\"SIP Trunk\",\"\",\"\"";

    private static final String CMR_HEADER = "\"cdrRecordType\",\"globalCallID_callManagerId\",\"globalCallID_callId\","
            + "\"nodeId\",\"directoryNum\",\"callIdentifier\",\"dateTimeStamp\",\"numberPacketsSent\",\"numberOctetsSent\"";

    private final CucmCdrDecoder decoder = new CucmCdrDecoder(ZoneId.of("Asia/Shanghai"));

    @Test
    void headerRowsAreSkippedAndTheRowIsReadByName() {
        assertEquals(new Decoded.Skipped("header row"), decoder.decode(text(CucmBuiltInHeader.namesLine())));
        assertEquals(new Decoded.Skipped("header type row"), decoder.decode(text(CucmBuiltInHeader.typesLine())));
        CallLeg leg = leg(OUTGOING);
        assertEquals("2026-01-24T01:31:00Z", leg.start().toString()); // dateTimeConnect 1769218260
        assertEquals(12, leg.ringSeconds());
        assertEquals(42, leg.durationSeconds());
        assertEquals("2101", leg.callingNumber());
        assertEquals("13912345678", leg.dialedNumber());
        assertEquals("16", leg.conditionCode());
        assertEquals(Direction.OUTGOING, leg.direction());
        assertEquals("", leg.trunkIn());
        assertEquals("SH-PSTN-CUBE", leg.trunkOut());
        assertEquals("StandAloneCluster:2:4182307", leg.correlationId());
    }

    @Test
    void aHeaderWithColumnsInAnotherOrderIsFollowed() {
        List<String> names = new ArrayList<>(CucmBuiltInHeader.names());
        List<String> row = CsvRow.split(OUTGOING);
        int origination = names.indexOf("dateTimeOrigination");
        int connect = names.indexOf("dateTimeConnect");
        Collections.swap(names, origination, connect);
        Collections.swap(row, origination, connect);
        decoder.decode(text(String.join(",", names.stream().map(n -> '"' + n + '"').toList())));
        CallLeg leg = leg(String.join(",", row.stream().map(CucmCdrDecoderTest::csv).toList()));
        assertEquals(1769218260L, leg.start().getEpochSecond());
        assertEquals(12, leg.ringSeconds());
    }

    @Test
    void withoutHeaderThe133And129ColumnLayoutsAreUsed() {
        assertEquals("13912345678", leg(OUTGOING).dialedNumber());
        List<String> old = CsvRow.split(OUTGOING).subList(0, 129);
        CallLeg leg = leg(String.join(",", old.stream().map(CucmCdrDecoderTest::csv).toList()));
        assertEquals("13912345678", leg.dialedNumber());
        assertEquals(42, leg.durationSeconds());
    }

    @Test
    void otherColumnCountsWithoutHeaderAreRejectedWithTheCount() {
        String shortRow = String.join(",", CsvRow.split(OUTGOING).subList(0, 100).stream().map(CucmCdrDecoderTest::csv).toList());
        assertEquals("100 columns and no header row seen; without a header a CUCM CDR has 133 or 129 columns",
                rejected(shortRow));
        decoder.decode(text(CucmBuiltInHeader.namesLine()));
        assertEquals("100 columns but the header row has 133", rejected(shortRow));
    }

    @Test
    void startRecordsAreSkippedAndACmrUnderACdrHeaderIsRejected() {
        decoder.decode(text(CucmBuiltInHeader.namesLine()));
        assertInstanceOf(Decoded.Skipped.class, decoder.decode(text(with(OUTGOING, "cdrRecordType", "0"))));
        assertEquals("CMR under a header row that lacks [dateTimeStamp, numberPacketsSent, numberPacketsReceived, "
                + "numberPacketsLost, jitter, latency, deviceName]", rejected(with(OUTGOING, "cdrRecordType", "2")));
        assertEquals("cdrRecordType '7' is not 0, 1 or 2 (column 0)", rejected(with(OUTGOING, "cdrRecordType", "7")));
    }

    @Test
    void cdrUnderACmrHeaderIsRejected() {
        decoder.decode(text(CMR_HEADER));
        String reason = rejected("1,2,4182307,2,\"2101\",38920211,1769218302,2100,336000");
        assertEquals(true, reason.startsWith("the header row lacks [dateTimeOrigination"), reason);
    }

    @Test
    void unconnectedCallStartsAtOrigination() {
        String unanswered = with(with(with(OUTGOING, "dateTimeConnect", "0"), "duration", "0"), "destCause_value", "0");
        CallLeg leg = leg(unanswered);
        assertEquals(1769218248L, leg.start().getEpochSecond());
        assertEquals(0, leg.durationSeconds());
        assertEquals(0, leg.ringSeconds());
        assertEquals("0", leg.conditionCode());
    }

    @Test
    void directionFollowsTheDevicesNotTheNumbers() {
        String incoming = with(with(OUTGOING, "origDeviceName", "SH-PSTN-CUBE"), "destDeviceName", "SEP0011AABB2345");
        CallLeg in = leg(incoming);
        assertEquals(Direction.INCOMING, in.direction());
        assertEquals("SH-PSTN-CUBE", in.trunkIn());
        assertEquals("", in.trunkOut());
        assertEquals(Direction.INTERNAL, leg(with(OUTGOING, "destDeviceName", "CSFJWANG")).direction());
        assertEquals(Direction.INTERNAL,
                leg(with(OUTGOING, "destDeviceName", "ATA00562C00230101")).direction());
        assertEquals(Direction.TANDEM, leg(with(OUTGOING, "origDeviceName", "S0/SU0/DS1-0@vg-bj")).direction());
        assertEquals(Direction.UNKNOWN, leg(with(OUTGOING, "destDeviceName", "")).direction());
    }

    @Test
    void quotedFieldsMayHoldCommasAndDoubledQuotes() {
        String row = with(with(OUTGOING, "clientMatterCode", "Project \"Blue\", phase 2"),
                "comment", "ConfControllerDn=2101,ConfControllerDeviceName=SEP0011AABB2101");
        CallLeg leg = leg(row);
        assertEquals("Project \"Blue\", phase 2", leg.accountCode());
        assertEquals("13912345678", leg.dialedNumber());
    }

    @Test
    void missingFinalCalledNumberFallsBackToTheOriginal() {
        assertEquals("13912345678", leg(with(OUTGOING, "finalCalledPartyNumber", "")).dialedNumber());
    }

    @Test
    void theCorrelationFieldsOfABlindTransferAreCarried() {
        // Cisco's "transfer with consultation" example, last CDR: the PSTN party (leg 102) joined
        // to 2002 (leg 104) on behalf of the transfer (10).
        String transferred = with(with(with(with(with(with(with(with(with(OUTGOING,
                "origLegCallIdentifier", "102"), "destLegIdentifier", "104"), "callingPartyNumber", "3071111"),
                "originalCalledPartyNumber", "2002"), "finalCalledPartyNumber", "2002"),
                "origDeviceName", "SH-PSTN-CUBE"), "destDeviceName", "SEP0011AABB2002"),
                "joinOnBehalfOf", "10"), "origCallTerminationOnBehalfOf", "0");
        CallLeg leg = leg(transferred);
        assertEquals(102, leg.callingLegId());
        assertEquals(104, leg.calledLegId());
        assertEquals(CallFeature.TRANSFER, leg.joinedBy());
        assertEquals(CallFeature.NONE, leg.endedBy());
        assertEquals(Direction.INCOMING, leg.direction());
        assertEquals("SH-PSTN-CUBE", leg.callingDevice());
        assertEquals("SEP0011AABB2002", leg.calledDevice());
        assertEquals("2002", leg.finalCalledNumber());

        CallLeg original = leg(with(with(OUTGOING, "origCallTerminationOnBehalfOf", "10"), "destCallTerminationOnBehalfOf",
                "10"));
        assertEquals(CallFeature.TRANSFER, original.endedBy());
        assertEquals(38920211, original.callingLegId());
        assertEquals(38920212, original.calledLegId());
    }

    @Test
    void forwardsHuntGroupsAndBridgesAreRecognised() {
        CallLeg forwarded = leg(with(with(with(OUTGOING, "lastRedirectRedirectOnBehalfOf", "5"), "lastRedirectDn", "2105"),
                "originalCalledPartyNumber", "2105"));
        assertEquals(CallFeature.FORWARD, forwarded.redirectedBy());
        assertEquals("2105", forwarded.lastRedirectingNumber());
        assertEquals("2105", forwarded.originalCalledNumber());
        assertEquals("13912345678", forwarded.finalCalledNumber());
        assertEquals(CallFeature.HUNT, leg(with(OUTGOING, "huntPilotDN", "2500")).redirectedBy());
        CallLeg bridged = leg(with(OUTGOING, "destDeviceName", "CFB_2"));
        assertEquals(Direction.INTERNAL, bridged.direction());
        assertEquals(CallFeature.MEET_ME, bridged.joinedBy());
        assertEquals("", bridged.trunkOut());
        assertEquals(CallFeature.CONFERENCE,
                leg(with(with(OUTGOING, "destDeviceName", "CFB_2"), "joinOnBehalfOf", "4")).joinedBy());
    }

    @Test
    void brokenRowsAreRejectedWithAReason() {
        assertEquals("dateTimeOrigination '17692l8248' is not a whole number of seconds (column 4)",
                rejected(with(OUTGOING, "dateTimeOrigination", "17692l8248")));
        assertEquals("a quoted field is not closed (missing \")", rejected("1,2,4182307,\"2101"));
        assertInstanceOf(Decoded.Skipped.class, decoder.decode(text("")));
    }

    @Test
    void everyTruncationOfARowIsAnsweredNeverThrown() {
        for (String header : new String[] {null, CucmBuiltInHeader.namesLine()}) {
            CucmCdrDecoder fresh = new CucmCdrDecoder(ZoneId.of("UTC"));
            if (header != null) {
                fresh.decode(text(header));
            }
            for (int cut = 0; cut <= OUTGOING.length(); cut++) {
                assertInstanceOf(Decoded.class, fresh.decode(text(OUTGOING.substring(0, cut))));
            }
        }
    }

    private CallLeg leg(String line) {
        return DecodedLegs.leg(decoder, text(line));
    }

    private String rejected(String line) {
        return DecodedLegs.rejected(decoder, text(line));
    }

    /** The 133-column row with one field (found by its built-in name) replaced. */
    private static String with(String row, String name, String value) {
        List<String> fields = new ArrayList<>(CsvRow.split(row));
        int column = CucmBuiltInHeader.names().indexOf(name);
        fields.set(column, value);
        List<String> types = CucmBuiltInHeader.types();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            boolean text = types.get(i).startsWith("VARCHAR") || types.get(i).equals("UNIQUEIDENTIFIER");
            out.add(text ? quote(fields.get(i)) : fields.get(i));
        }
        return String.join(",", out);
    }

    /** Re-quotes a field that was text (anything not a bare integer) as CUCM does. */
    private static String csv(String field) {
        return field.matches("-?\\d+") ? field : quote(field);
    }

    private static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
