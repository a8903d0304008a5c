package org.bluewhale.connectors.cisco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the fields the decoder needs sit in a CUCM CDR row, found by header NAME (releases add
 * and move columns). Names match case-insensitively: Cisco's own documents spell
 * {@code globalCallId_ClusterID} several ways.
 *
 * <p>Built in are the header of current releases (133 columns) and the older 129-column one, which
 * is the same without the last four (origDeviceType, destDeviceType, origDeviceSessionID,
 * destDeviceSessionID); they are used for files exported without header rows. The four dropped
 * columns are the last four of the 133 layout ({@link CucmBuiltInHeader}).
 */
final class CucmLayout {

    static final String RECORD_TYPE = "cdrRecordType";
    static final String CALL_MANAGER_ID = "globalCallID_callManagerId";
    static final String CALL_ID = "globalCallID_callId";
    static final String CLUSTER_ID = "globalCallId_ClusterID";
    static final String ORIGINATION = "dateTimeOrigination";
    static final String CONNECT = "dateTimeConnect";
    static final String DURATION = "duration";
    static final String CALLING = "callingPartyNumber";
    static final String ORIGINAL_CALLED = "originalCalledPartyNumber";
    static final String FINAL_CALLED = "finalCalledPartyNumber";
    static final String DEST_CAUSE = "destCause_value";
    static final String ORIG_DEVICE = "origDeviceName";
    static final String DEST_DEVICE = "destDeviceName";
    static final String CLIENT_MATTER = "clientMatterCode";
    static final String AUTH_CODE = "authorizationCodeValue";
    static final String ORIG_LEG = "origLegCallIdentifier";
    static final String DEST_LEG = "destLegIdentifier";
    static final String ORIG_TERMINATION = "origCallTerminationOnBehalfOf";
    static final String DEST_TERMINATION = "destCallTerminationOnBehalfOf";
    static final String JOIN = "joinOnBehalfOf";
    static final String LAST_REDIRECT_ON_BEHALF = "lastRedirectRedirectOnBehalfOf";
    static final String LAST_REDIRECT_DN = "lastRedirectDn";
    static final String HUNT_PILOT = "huntPilotDN";

    /** Without these a row cannot become a call leg. */
    private static final List<String> REQUIRED = List.of(RECORD_TYPE, CALL_MANAGER_ID, CALL_ID, ORIGINATION,
            CONNECT, DURATION, CALLING, ORIGINAL_CALLED, FINAL_CALLED, ORIG_DEVICE, DEST_DEVICE);

    private static final int OLD_RELEASE_COLUMNS = 129;

    private static final CucmLayout CURRENT = new CucmLayout(CucmBuiltInHeader.names());
    private static final CucmLayout OLD = new CucmLayout(
            CucmBuiltInHeader.names().subList(0, OLD_RELEASE_COLUMNS));

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int columnCount;
    private final List<String> missing = new ArrayList<>();
    final int recordType;
    final int callManagerId;
    final int callId;
    final int clusterId;
    final int origination;
    final int connect;
    final int duration;
    final int calling;
    final int originalCalled;
    final int finalCalled;
    final int destCause;
    final int origDevice;
    final int destDevice;
    final int clientMatter;
    final int authCode;
    final int origLeg;
    final int destLeg;
    final int origTermination;
    final int destTermination;
    final int join;
    final int lastRedirectOnBehalf;
    final int lastRedirectDn;
    final int huntPilot;

    CucmLayout(List<String> names) {
        columnCount = names.size();
        for (int i = 0; i < names.size(); i++) {
            indexByName.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String name : REQUIRED) {
            if (index(name) < 0) {
                missing.add(name);
            }
        }
        recordType = index(RECORD_TYPE);
        callManagerId = index(CALL_MANAGER_ID);
        callId = index(CALL_ID);
        clusterId = index(CLUSTER_ID);
        origination = index(ORIGINATION);
        connect = index(CONNECT);
        duration = index(DURATION);
        calling = index(CALLING);
        originalCalled = index(ORIGINAL_CALLED);
        finalCalled = index(FINAL_CALLED);
        destCause = index(DEST_CAUSE);
        origDevice = index(ORIG_DEVICE);
        destDevice = index(DEST_DEVICE);
        clientMatter = index(CLIENT_MATTER);
        authCode = index(AUTH_CODE);
        origLeg = index(ORIG_LEG);
        destLeg = index(DEST_LEG);
        origTermination = index(ORIG_TERMINATION);
        destTermination = index(DEST_TERMINATION);
        join = index(JOIN);
        lastRedirectOnBehalf = index(LAST_REDIRECT_ON_BEHALF);
        lastRedirectDn = index(LAST_REDIRECT_DN);
        huntPilot = index(HUNT_PILOT);
    }

    /** The built-in layout for a header-less row of this many columns, or null. */
    static CucmLayout forColumnCount(int count) {
        if (count == CURRENT.columnCount) {
            return CURRENT;
        }
        return count == OLD.columnCount ? OLD : null;
    }

    static int currentColumnCount() {
        return CURRENT.columnCount;
    }

    int columnCount() {
        return columnCount;
    }

    /** Column of a field by header name, or -1. */
    int index(String name) {
        return indexByName.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** Required fields this header lacks (a CMR header lacks most of them). */
    List<String> missing() {
        return missing;
    }
}
