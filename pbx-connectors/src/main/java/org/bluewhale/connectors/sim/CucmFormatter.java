package org.bluewhale.connectors.sim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bluewhale.connectors.cisco.CucmBuiltInHeader;
import org.bluewhale.core.Direction;

/**
 * Writes calls as 133-column Cisco UCM CDR rows ({@link CucmBuiltInHeader} gives the columns and
 * whether each is quoted text or a bare number). Extensions are phones named
 * {@code SEP00562C} + the extension in six digits; external legs use the site's trunk device.
 * An answered call connects after ringing ({@code dateTimeConnect} = the call's start); an
 * unanswered one has {@code dateTimeConnect} 0 and its start is the origination time.
 * Call ids continue from the call's sequence number, so a stream has distinct correlation ids.
 */
public final class CucmFormatter implements RecordFormatter {

    /** CUCM's default cluster id. */
    private static final String CLUSTER_ID = "StandAloneCluster";
    private static final int NORMAL_CLEARING = 16;
    private static final long FIRST_CALL_ID = 1_000_000L;

    private final SimSite site;
    private final String[] template;
    private final boolean[] quoted;
    private final int recordType;
    private final int callManagerId;
    private final int callId;
    private final int origLeg;
    private final int destLeg;
    private final int origination;
    private final int origNode;
    private final int destNode;
    private final int calling;
    private final int origCause;
    private final int destCause;
    private final int originalCalled;
    private final int finalCalled;
    private final int connect;
    private final int disconnect;
    private final int pkid;
    private final int duration;
    private final int origDevice;
    private final int destDevice;
    private final int cluster;

    public CucmFormatter(SimSite site) {
        this.site = site;
        List<String> names = CucmBuiltInHeader.names();
        List<String> types = CucmBuiltInHeader.types();
        template = new String[names.size()];
        quoted = new boolean[names.size()];
        for (int i = 0; i < template.length; i++) {
            quoted[i] = types.get(i).startsWith("VARCHAR") || types.get(i).equals("UNIQUEIDENTIFIER");
            template[i] = quoted[i] ? "\"\"" : "0";
        }
        recordType = names.indexOf("cdrRecordType");
        callManagerId = names.indexOf("globalCallID_callManagerId");
        callId = names.indexOf("globalCallID_callId");
        origLeg = names.indexOf("origLegCallIdentifier");
        destLeg = names.indexOf("destLegIdentifier");
        origination = names.indexOf("dateTimeOrigination");
        origNode = names.indexOf("origNodeId");
        destNode = names.indexOf("destNodeId");
        calling = names.indexOf("callingPartyNumber");
        origCause = names.indexOf("origCause_value");
        destCause = names.indexOf("destCause_value");
        originalCalled = names.indexOf("originalCalledPartyNumber");
        finalCalled = names.indexOf("finalCalledPartyNumber");
        connect = names.indexOf("dateTimeConnect");
        disconnect = names.indexOf("dateTimeDisconnect");
        pkid = names.indexOf("pkid");
        duration = names.indexOf("duration");
        origDevice = names.indexOf("origDeviceName");
        destDevice = names.indexOf("destDeviceName");
        cluster = names.indexOf("globalCallId_ClusterID");
    }

    @Override
    public List<byte[]> headerLines() {
        return List.of(CucmBuiltInHeader.namesLine().getBytes(StandardCharsets.US_ASCII),
                CucmBuiltInHeader.typesLine().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public byte[] format(SimulatedCall call) {
        String[] row = template.clone();
        long start = call.start().getEpochSecond();
        long offered = call.answered() ? start - call.ringSeconds() : start;
        long id = FIRST_CALL_ID + call.sequence();
        set(row, recordType, "1");
        set(row, callManagerId, "1");
        set(row, callId, Long.toString(id));
        set(row, origLeg, Long.toString(16_777_216L + 2 * id));
        set(row, destLeg, Long.toString(16_777_217L + 2 * id));
        set(row, origination, Long.toString(offered));
        set(row, origNode, "1");
        set(row, destNode, "1");
        set(row, calling, call.callingNumber());
        set(row, origCause, Integer.toString(NORMAL_CLEARING));
        set(row, destCause, call.answered() ? Integer.toString(NORMAL_CLEARING) : "0");
        set(row, originalCalled, call.dialedNumber());
        set(row, finalCalled, call.dialedNumber());
        set(row, connect, call.answered() ? Long.toString(start) : "0");
        set(row, disconnect, Long.toString(call.answered() ? start + call.durationSeconds() : start + call.ringSeconds()));
        set(row, pkid, pkid(id));
        set(row, duration, Integer.toString(call.durationSeconds()));
        set(row, origDevice, call.direction() == Direction.INCOMING ? site.trunkDeviceName() : phone(call.callingNumber()));
        set(row, destDevice, call.direction() == Direction.OUTGOING ? site.trunkDeviceName() : phone(call.dialedNumber()));
        set(row, cluster, CLUSTER_ID);
        StringBuilder line = new StringBuilder(640);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(row[i]);
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A version-4-shaped UUID that is unique per call id. */
    private static String pkid(long id) {
        String hex = Long.toHexString(id);
        return "00000000-0000-4000-8000-" + "0".repeat(Math.max(0, 12 - hex.length())) + hex;
    }

    /** The phone an extension rings: SEP + a MAC whose last six hex digits are the extension. */
    private static String phone(String extension) {
        return "SEP00562C" + "0".repeat(Math.max(0, 6 - extension.length())) + extension;
    }

    private void set(String[] row, int column, String value) {
        row[column] = quoted[column] ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
