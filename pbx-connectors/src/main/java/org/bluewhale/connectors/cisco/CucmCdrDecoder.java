package org.bluewhale.connectors.cisco;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.bluewhale.connectors.cisco.CiscoDevices.Kind;
import org.bluewhale.connectors.csv.CsvRow;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Direction;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;

/**
 * Decodes Cisco Unified CM CDR flat-file lines:
 *
 * <pre>
 * line 1  "cdrRecordType","globalCallID_callManagerId","globalCallID_callId",...   header: names
 * line 2  INTEGER,INTEGER,INTEGER,...                                              header: types
 * line 3+ 1,1,1001234,16777217,1769218260,1,0,...,"2101","",0,16,...,"SEP0011AABB2101","SH-PSTN",...
 *         ^ cdrRecordType (1 CDR, 2 CMR, 0 start)      text "quoted", "" for a quote inside
 * </pre>
 *
 * The decoder keeps the last header row seen and then reads fields by name; without one it falls
 * back, by column count, to the built-in 133- or 129-column layouts ({@link CucmLayout}).
 *
 * <p>Mapping: start = dateTimeConnect, or dateTimeOrigination for a call that never connected
 * (epoch seconds, UTC); ring time = connect - origination; dialed = finalCalledPartyNumber, else
 * originalCalledPartyNumber; conditionCode = destCause_value; correlationId =
 * {@code cluster:callManagerId:callId}. Direction comes from the device on each side
 * ({@link CiscoDevices}): phone to trunk outgoing, trunk to phone incoming, phone to phone
 * internal, trunk to trunk tandem, phone or trunk to a conference bridge internal or incoming;
 * trunkIn/trunkOut are the trunk device names.
 *
 * <p>For correlation: callingLegId/calledLegId = origLegCallIdentifier/destLegIdentifier;
 * joinedBy = joinOnBehalfOf; endedBy = the orig or dest CallTerminationOnBehalfOf that names a
 * feature; redirectedBy = lastRedirectRedirectOnBehalfOf, else HUNT when huntPilotDN is set; a
 * leg to a conference bridge that no conference joined is a meet-me leg
 * ({@link CiscoOnBehalfOf}). Original/final called and last redirecting numbers and both device
 * names are copied.
 *
 * <p>A CMR ({@code cdrRecordType} 2, one device's voice-quality report, usually from its own
 * {@code cmr_} file) becomes a {@link CallQuality} with the same correlationId as the call's legs:
 * reported at dateTimeStamp, device deviceName, number directoryNum, packet counts, jitter and
 * latency (ms) as written, and the named values of varVQMetrics ({@link CucmVqMetrics}). A CMR
 * without a header row is read by Cisco's leading CMR columns ({@link CucmCmrLayout}).
 */
public final class CucmCdrDecoder implements RecordDecoder {

    private final ZoneId zone;
    private final CsvRow fields = new CsvRow();
    private CucmLayout header;
    private CucmCmrLayout cmrHeader;

    /** @param zone the PBX's zone, kept on each leg for local display (CUCM times are UTC) */
    public CucmCdrDecoder(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Decoded decode(RawRecord record) {
        Decoded unparsed = fields.parseRecord(record);
        if (unparsed != null) {
            return unparsed;
        }
        String first = fields.get(0);
        if (first.equalsIgnoreCase(CucmLayout.RECORD_TYPE)) {
            header = new CucmLayout(fields.all());
            cmrHeader = new CucmCmrLayout(header);
            return Decoded.skipped("header row");
        }
        if (first.equals("INTEGER") || first.equals("UINT32")) {
            return Decoded.skipped("header type row");
        }
        if (header == null && first.equals("2")) {
            return toQuality(record, CucmCmrLayout.forColumnCount(fields.size()));
        }
        CucmLayout layout = header != null ? header : CucmLayout.forColumnCount(fields.size());
        if (layout == null) {
            return Decoded.rejected(fields.size() + " columns and no header row seen; without a header a CUCM CDR "
                    + "has " + CucmLayout.currentColumnCount() + " or 129 columns");
        }
        if (fields.size() != layout.columnCount()) {
            return Decoded.rejected(fields.size() + " columns but the header row has " + layout.columnCount());
        }
        String type = fields.get(layout.recordType);
        switch (type) {
            case "1":
                break;
            case "2":
                return toQuality(record, cmrHeader);
            case "0":
                return Decoded.skipped("start record (cdrRecordType 0), not billable");
            default:
                return Decoded.rejected("cdrRecordType '" + type + "' is not 0, 1 or 2 (column " + layout.recordType + ")");
        }
        if (!layout.missing().isEmpty()) {
            return Decoded.rejected("the header row lacks " + layout.missing() + ", so this is not a CDR file");
        }
        return toLeg(record, layout);
    }

    private Decoded toLeg(RawRecord record, CucmLayout layout) {
        long origination = unsigned(fields.get(layout.origination));
        long connect = unsigned(fields.get(layout.connect));
        long duration = unsigned(fields.get(layout.duration));
        if (origination < 0) {
            return notANumber(CucmLayout.ORIGINATION, layout.origination);
        }
        if (connect < 0) {
            return notANumber(CucmLayout.CONNECT, layout.connect);
        }
        if (duration < 0 || duration > Integer.MAX_VALUE) {
            return notANumber(CucmLayout.DURATION, layout.duration);
        }
        String origDevice = fields.get(layout.origDevice);
        String destDevice = fields.get(layout.destDevice);
        Kind from = CiscoDevices.kind(origDevice);
        Kind to = CiscoDevices.kind(destDevice);
        String dialed = fields.get(layout.finalCalled);
        CallFeature joined = CiscoOnBehalfOf.feature(optional(layout.join));
        if (joined == CallFeature.NONE && to == Kind.BRIDGE) {
            joined = CallFeature.MEET_ME;
        }
        CallFeature ended = CiscoOnBehalfOf.feature(optional(layout.origTermination));
        if (ended == CallFeature.NONE) {
            ended = CiscoOnBehalfOf.feature(optional(layout.destTermination));
        }
        CallFeature redirected = CiscoOnBehalfOf.feature(optional(layout.lastRedirectOnBehalf));
        if (redirected == CallFeature.NONE && !optional(layout.huntPilot).isEmpty()) {
            redirected = CallFeature.HUNT;
        }
        return Decoded.leg(CallLeg.from(record, zone)
                .start(Instant.ofEpochSecond(connect != 0 ? connect : origination))
                .durationSeconds((int) duration)
                .ringSeconds(connect > origination ? (int) Math.min(connect - origination, Integer.MAX_VALUE) : 0)
                .callingNumber(fields.get(layout.calling))
                .dialedNumber(dialed.isEmpty() ? fields.get(layout.originalCalled) : dialed)
                .direction(direction(from, to))
                .conditionCode(optional(layout.destCause))
                .accountCode(optional(layout.clientMatter))
                .authCode(optional(layout.authCode))
                .trunkIn(from == Kind.TRUNK ? origDevice : "")
                .trunkOut(to == Kind.TRUNK ? destDevice : "")
                .correlationId(correlationId(layout.clusterId, layout.callManagerId, layout.callId))
                .originalCalledNumber(fields.get(layout.originalCalled))
                .finalCalledNumber(dialed)
                .lastRedirectingNumber(optional(layout.lastRedirectDn))
                .callingDevice(origDevice)
                .calledDevice(destDevice)
                .callingLegId(Math.max(0, unsigned(optional(layout.origLeg))))
                .calledLegId(Math.max(0, unsigned(optional(layout.destLeg))))
                .joinedBy(joined)
                .endedBy(ended)
                .redirectedBy(redirected)
                .build());
    }

    private Decoded toQuality(RawRecord record, CucmCmrLayout layout) {
        if (layout == null) {
            return Decoded.rejected("CMR of " + fields.size() + " columns and no header row seen; without a header "
                    + "a CUCM CMR has at least " + CucmCmrLayout.LEADING.size() + " columns");
        }
        if (!layout.missing().isEmpty()) {
            return Decoded.rejected("CMR under a header row that lacks " + layout.missing());
        }
        long reportedAt = unsigned(fields.get(layout.dateTimeStamp));
        if (reportedAt < 0) {
            return notANumber(CucmCmrLayout.DATE_TIME_STAMP, layout.dateTimeStamp);
        }
        long[] counts = new long[5];
        int[] columns = {layout.packetsSent, layout.packetsReceived, layout.packetsLost, layout.jitter, layout.latency};
        String[] names = {CucmCmrLayout.PACKETS_SENT, CucmCmrLayout.PACKETS_RECEIVED, CucmCmrLayout.PACKETS_LOST,
            CucmCmrLayout.JITTER, CucmCmrLayout.LATENCY};
        for (int i = 0; i < counts.length; i++) {
            counts[i] = unsigned(fields.get(columns[i]));
            if (counts[i] < 0) {
                return Decoded.rejected(names[i] + " '" + fields.get(columns[i]) + "' is not a whole number (column "
                        + columns[i] + ")");
            }
        }
        Map<String, String> metrics;
        try {
            metrics = CucmVqMetrics.parse(optional(layout.vqMetrics));
        } catch (IllegalArgumentException e) {
            return Decoded.rejected(CucmCmrLayout.VQ_METRICS + ": " + e.getMessage() + " (column " + layout.vqMetrics
                    + ")");
        }
        return Decoded.quality(new CallQuality(record.pbxId(), record.sequence(), record.position(),
                correlationId(layout.clusterId, layout.callManagerId, layout.callId), fields.get(layout.deviceName),
                optional(layout.directoryNum), Instant.ofEpochSecond(reportedAt), counts[0], counts[1], counts[2],
                counts[3], counts[4], metrics));
    }

    /** {@code cluster:callManagerId:callId}, the same for a call's CDR legs and its CMRs. */
    private String correlationId(int cluster, int callManagerId, int callId) {
        return optional(cluster) + ':' + fields.get(callManagerId) + ':' + fields.get(callId);
    }

    /**
     * Phone to trunk outgoing, trunk to phone or bridge incoming, phone to phone or bridge
     * internal, trunk to trunk tandem. A call from a trunk that reached no device is still incoming; a phone's call that
     * reached no device (abandoned while dialing) says nothing about where it was going.
     */
    private static Direction direction(Kind from, Kind to) {
        if (from == Kind.PHONE) {
            return to == Kind.TRUNK ? Direction.OUTGOING
                    : to == Kind.PHONE || to == Kind.BRIDGE ? Direction.INTERNAL : Direction.UNKNOWN;
        }
        if (from == Kind.TRUNK) {
            return to == Kind.TRUNK ? Direction.TANDEM : Direction.INCOMING;
        }
        return Direction.UNKNOWN;
    }

    private Decoded notANumber(String name, int column) {
        return Decoded.rejected(name + " '" + fields.get(column) + "' is not a whole number of seconds (column "
                + column + ")");
    }

    private String optional(int column) {
        return column < 0 ? "" : fields.get(column);
    }

    /** A non-negative decimal up to 18 digits, or -1. */
    private static long unsigned(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
