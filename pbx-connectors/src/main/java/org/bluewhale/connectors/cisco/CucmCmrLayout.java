package org.bluewhale.connectors.cisco;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the fields of a CUCM CMR (call management record, {@code cdrRecordType} 2: one device's
 * voice-quality report about a call) sit, found by header name as for CDRs ({@link CucmLayout}).
 *
 * <p>Without a header row, a CMR is read by the leading columns every release since 8.x writes in
 * this order ({@link #LEADING}); later releases append video and headset fields after them.
 */
final class CucmCmrLayout {

    static final String DIRECTORY_NUM = "directoryNum";
    static final String DATE_TIME_STAMP = "dateTimeStamp";
    static final String PACKETS_SENT = "numberPacketsSent";
    static final String PACKETS_RECEIVED = "numberPacketsReceived";
    static final String PACKETS_LOST = "numberPacketsLost";
    static final String JITTER = "jitter";
    static final String LATENCY = "latency";
    static final String DEVICE_NAME = "deviceName";
    static final String VQ_METRICS = "varVQMetrics";

    /** The leading CMR columns, from Cisco's CDR Administration Guide ("CMR Field Descriptions"). */
    static final List<String> LEADING = List.of(CucmLayout.RECORD_TYPE, CucmLayout.CALL_MANAGER_ID,
            CucmLayout.CALL_ID, "nodeId", DIRECTORY_NUM, "callIdentifier", DATE_TIME_STAMP, PACKETS_SENT,
            "numberOctetsSent", PACKETS_RECEIVED, "numberOctetsReceived", PACKETS_LOST, JITTER, LATENCY, "pkid",
            "directoryNumPartition", CucmLayout.CLUSTER_ID, DEVICE_NAME, VQ_METRICS);

    /** Without these a row cannot become a quality report. */
    private static final List<String> REQUIRED = List.of(CucmLayout.CALL_MANAGER_ID, CucmLayout.CALL_ID,
            DATE_TIME_STAMP, PACKETS_SENT, PACKETS_RECEIVED, PACKETS_LOST, JITTER, LATENCY, DEVICE_NAME);

    private static final CucmCmrLayout BUILT_IN = new CucmCmrLayout(new CucmLayout(LEADING));

    private final List<String> missing = new ArrayList<>();
    final int callManagerId;
    final int callId;
    final int clusterId;
    final int directoryNum;
    final int dateTimeStamp;
    final int packetsSent;
    final int packetsReceived;
    final int packetsLost;
    final int jitter;
    final int latency;
    final int deviceName;
    final int vqMetrics;

    /** @param names the header row, as indexed for CDRs */
    CucmCmrLayout(CucmLayout names) {
        for (String name : REQUIRED) {
            if (names.index(name) < 0) {
                missing.add(name);
            }
        }
        callManagerId = names.index(CucmLayout.CALL_MANAGER_ID);
        callId = names.index(CucmLayout.CALL_ID);
        clusterId = names.index(CucmLayout.CLUSTER_ID);
        directoryNum = names.index(DIRECTORY_NUM);
        dateTimeStamp = names.index(DATE_TIME_STAMP);
        packetsSent = names.index(PACKETS_SENT);
        packetsReceived = names.index(PACKETS_RECEIVED);
        packetsLost = names.index(PACKETS_LOST);
        jitter = names.index(JITTER);
        latency = names.index(LATENCY);
        deviceName = names.index(DEVICE_NAME);
        vqMetrics = names.index(VQ_METRICS);
    }

    /** The built-in layout for a header-less CMR of this many columns, or null when it is too short. */
    static CucmCmrLayout forColumnCount(int count) {
        return count >= LEADING.size() ? BUILT_IN : null;
    }

    /** Required fields this header lacks (a CDR header lacks the packet counts). */
    List<String> missing() {
        return missing;
    }
}
