package org.bluewhale.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bluewhale.connectors.cisco.CucmBuiltInHeader;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Direction;
import org.bluewhale.core.journal.Frame;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.server.config.Config;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CUCM records of a transfer go through the whole engine (decode, correlate, rate, store) and
 * come out as one call with who pays for what; a restart while part of the call is held loses
 * nothing and stores nothing twice, neither a leg nor the phone's voice-quality report (CMR).
 */
class CorrelatedCallsTest {

    private static final long T0 = 1_769_218_200L; // 2026-01-24T01:30:00Z

    @TempDir
    Path dir;

    private final Config config = Config.empty().with("pbx.cucm-hq.format", "cucm")
            .with("pbx.cucm-hq.zone", "Asia/Shanghai").with("pbx.cucm-hq.transport", "none");

    @Test
    void aTransferIsStoredAsOneCallAcrossARestartWhileItsFirstLegsWereHeld() throws Exception {
        Path data = dir.resolve("data");
        try (Engine engine = Engine.start(data, config)) {
            // Cisco's "transfer" example: 2001 calls the PSTN, then consults 2002 ...
            engine.journal().append("cucm-hq", List.of(
                    cdr(1, 101, 102, "2001", "3071111", "SEP0011AABB2001", "SH-PSTN-CUBE", 0, 120, "10", "0"),
                    cdr(2, 103, 104, "2001", "2002", "SEP0011AABB2001", "SEP0011AABB2002", 120, 0, "10", "0"),
                    cmr(1, "2001", "SEP0011AABB2001", 470, "MLQK=4.3000;CCR=0.0010;CS=0;SCS=0")));
            assertTrue(engine.awaitCaughtUp(30_000), "held legs count as caught up");
            assertEquals(0, engine.database().cdrReader().cdrCount(), "both legs wait for the transferred call");
            assertEquals(0, engine.database().cdrStore().committedPosition(), "committed below the held legs");
            Poll.until("the CMR stored while the legs are held", () -> qualityRows(engine) == 1);
        }
        try (Engine engine = Engine.start(data, config)) {
            // ... and the server restarted before the transferred call's record came.
            engine.journal().append("cucm-hq", List.of(
                    cdr(1, 102, 104, "3071111", "2002", "SH-PSTN-CUBE", "SEP0011AABB2002", 120, 350, "0", "10")));
            assertTrue(engine.awaitCaughtUp(30_000));
            assertEquals(4, engine.database().cdrStore().committedPosition());
            List<StoredCdr> rows = engine.database().cdrReader()
                    .find(CdrQuery.between(Instant.ofEpochSecond(T0 - 3600), Instant.ofEpochSecond(T0 + 3600)));
            Map<Long, StoredCdr> bySequence = rows.stream()
                    .collect(Collectors.toMap(StoredCdr::sequence, r -> r, (a, b) -> a, TreeMap::new));
            assertEquals(3, rows.size(), "each record once: " + rows);
            assertEquals(1, rows.stream().map(StoredCdr::callId).distinct().count());
            assertEquals("cucm-hq:StandAloneCluster:1:1", rows.get(0).callId());
            assertEquals(List.of("2001", "2001", "2002"),
                    bySequence.values().stream().map(StoredCdr::chargedTo).toList());
            StoredCdr transferred = bySequence.get(4L); // sequence 3 is the CMR
            assertEquals(Direction.OUTGOING, transferred.direction(), "the rest of 2001's outside call, now 2002's");
            assertEquals("3071111", transferred.dialedNumber());
            assertTrue(rows.stream().noneMatch(StoredCdr::releasedAlone));
            List<CallQuality> quality = engine.database().cdrReader().quality(transferred);
            assertEquals(1, quality.size(), "the CMR, stored before the restart and read again after it, once: "
                    + quality);
            assertEquals(new BigDecimal("4.3000"), quality.get(0).decimal(CallQuality.MOS));
            assertEquals("SEP0011AABB2001", quality.get(0).deviceName());
            assertEquals(1, qualityRows(engine));
        }
    }

    private static long qualityRows(Engine engine) {
        try (Connection c = engine.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_quality")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CUCM CMR without header row (Cisco's 19 leading CMR columns) of call {@code gcid}. */
    private static Frame cmr(int gcid, String number, String device, int second, String vqMetrics) {
        String line = "2,1," + gcid + ",1,\"" + number + "\",101," + (T0 + second) + ",2100,336000,2095,335200,3,7,0,"
                + "\"0b5e4c8e-2f4d-4c1e-9d2a-5e1b7f3a9c01\",\"PT_Internal\",\"StandAloneCluster\",\"" + device + "\",\""
                + vqMetrics + "\"";
        return Frame.of(line.getBytes(StandardCharsets.US_ASCII));
    }

    /** A 133-column CUCM CDR: call id, party leg ids, numbers, devices, times, OnBehalfOf codes. */
    private static Frame cdr(int gcid, long origLeg, long destLeg, String calling, String called, String origDevice,
                             String destDevice, int startSecond, int duration, String terminationOnBehalfOf,
                             String joinOnBehalfOf) {
        Map<String, String> values = Map.ofEntries(Map.entry("cdrRecordType", "1"),
                Map.entry("globalCallID_callManagerId", "1"), Map.entry("globalCallID_callId", Integer.toString(gcid)),
                Map.entry("globalCallId_ClusterID", "StandAloneCluster"),
                Map.entry("origLegCallIdentifier", Long.toString(origLeg)),
                Map.entry("destLegIdentifier", Long.toString(destLeg)),
                Map.entry("dateTimeOrigination", Long.toString(T0 + startSecond)),
                Map.entry("dateTimeConnect", Long.toString(T0 + startSecond)),
                Map.entry("dateTimeDisconnect", Long.toString(T0 + startSecond + duration)),
                Map.entry("duration", Integer.toString(duration)), Map.entry("callingPartyNumber", calling),
                Map.entry("originalCalledPartyNumber", called), Map.entry("finalCalledPartyNumber", called),
                Map.entry("origDeviceName", origDevice), Map.entry("destDeviceName", destDevice),
                Map.entry("origCallTerminationOnBehalfOf", terminationOnBehalfOf),
                Map.entry("destCallTerminationOnBehalfOf", terminationOnBehalfOf),
                Map.entry("joinOnBehalfOf", joinOnBehalfOf), Map.entry("destCause_value", "16"));
        List<String> names = CucmBuiltInHeader.names();
        List<String> types = CucmBuiltInHeader.types();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean text = types.get(i).startsWith("VARCHAR") || types.get(i).equals("UNIQUEIDENTIFIER");
            String value = values.getOrDefault(names.get(i), text ? "" : "0");
            fields.add(text ? '"' + value + '"' : value);
        }
        return Frame.of(String.join(",", fields).getBytes(StandardCharsets.US_ASCII));
    }
}
