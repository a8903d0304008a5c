package org.bluewhale.connectors.cisco;

import static org.bluewhale.connectors.sim.RawRecords.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.bluewhale.connectors.sim.DecodedLegs;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.decode.Decoded;
import org.junit.jupiter.api.Test;

/** CMRs (cdrRecordType 2) become call-quality reports linked to the call by its correlation id. */
class CucmCmrDecoderTest {

    /** A CUCM 12.5 cmr_ file header: the leading CMR fields, then duration and the first video fields. */
    private static final String HEADER = "\"cdrRecordType\",\"globalCallID_callManagerId\",\"globalCallID_callId\","
            + "\"nodeId\",\"directoryNum\",\"callIdentifier\",\"dateTimeStamp\",\"numberPacketsSent\","
            + "\"numberOctetsSent\",\"numberPacketsReceived\",\"numberOctetsReceived\",\"numberPacketsLost\","
            + "\"jitter\",\"latency\",\"pkid\",\"directoryNumPartition\",\"globalCallId_ClusterID\",\"deviceName\","
            + "\"varVQMetrics\",\"duration\",\"videoContentType\",\"videoDuration\",\"numberVideoPacketsSent\"";
    private static final String TYPES = "INTEGER,INTEGER,INTEGER,INTEGER,VARCHAR(50),INTEGER,INTEGER,INTEGER,"
            + "INTEGER,INTEGER,INTEGER,INTEGER,INTEGER,INTEGER,UNIQUEIDENTIFIER,VARCHAR(50),VARCHAR(50),VARCHAR(129),"
            + "VARCHAR(600),INTEGER,VARCHAR(10),INTEGER,INTEGER";

    /** The desk phone's report on the outgoing call of CucmCdrDecoderTest (same cluster, CM and call id). */
    private static final String WITH_METRICS = "2,2,4182307,2,\"2101\",38920211,1769218302,2100,336000,2095,"
            + "335200,3,7,0,\"0b5e4c8e-2f4d-4c1e-9d2a-5e1b7f3a9c01\",\"PT_Internal\",\"StandAloneCluster\","
            + "\"SEP0011AABB2101\",\"MLQK=4.2000;MLQKav=4.1500;MLQKmn=3.9000;MLQKmx=4.5000;ICR=0.0000;"
            + "CCR=0.0021;ICRmx=0.0310;CS=1;SCS=0;MLQKvr=0.95\",42,\"\",0,0";

    /** The gateway's report on the same call: older firmware sends no varVQMetrics. */
    private static final String WITHOUT_METRICS = "2,2,4182307,2,\"\",38920212,1769218302,2095,335200,2100,"
            + "336000,0,4,12,\"7c1d9a20-8e3b-4f5a-b6c7-d8e9f0a1b2c3\",\"\",\"StandAloneCluster\","
            + "\"SH-PSTN-CUBE\",\"\",42,\"\",0,0";

    private final CucmCdrDecoder decoder = new CucmCdrDecoder(ZoneId.of("Asia/Shanghai"));

    @Test
    void aCmrWithVoiceQualityMetricsBecomesAQualityReportOfTheCall() {
        decoder.decode(text(HEADER));
        decoder.decode(text(TYPES));
        CallQuality q = quality(WITH_METRICS);
        assertEquals("StandAloneCluster:2:4182307", q.correlationId()); // as the call's CDR legs
        assertEquals("SEP0011AABB2101", q.deviceName());
        assertEquals("2101", q.directoryNumber());
        assertEquals("2026-01-24T01:31:42Z", q.reportedAt().toString());
        assertEquals(List.of(2100L, 2095L, 3L, 7L, 0L),
                List.of(q.packetsSent(), q.packetsReceived(), q.packetsLost(), q.jitterMs(), q.latencyMs()));
        assertEquals(new BigDecimal("4.2000"), q.decimal(CallQuality.MOS));
        assertEquals(new BigDecimal("0.0021"), q.decimal(CallQuality.CONCEALMENT_RATIO));
        assertEquals(new BigDecimal("0.0000"), q.decimal(CallQuality.INTERVAL_CONCEALMENT_RATIO));
        assertEquals(BigDecimal.ONE, q.decimal(CallQuality.CONCEALED_SECONDS));
        assertEquals("0.95", q.metrics().get("MLQKvr")); // unknown to us, kept
        assertEquals("MLQK=4.2000;MLQKav=4.1500;MLQKmn=3.9000;MLQKmx=4.5000;ICR=0.0000;CCR=0.0021;ICRmx=0.0310;"
                + "CS=1;SCS=0;MLQKvr=0.95", q.metricsText());
    }

    @Test
    void aCmrWithoutMetricsKeepsTheCountsAndHasNoMos() {
        decoder.decode(text(HEADER));
        CallQuality q = quality(WITHOUT_METRICS);
        assertEquals("SH-PSTN-CUBE", q.deviceName());
        assertEquals("", q.directoryNumber());
        assertEquals(12, q.latencyMs());
        assertNull(q.decimal(CallQuality.MOS));
        assertEquals(0, q.metrics().size());
    }

    @Test
    void withoutAHeaderRowACmrIsReadByCiscosLeadingColumns() {
        CallQuality q = quality(WITH_METRICS);
        assertEquals("StandAloneCluster:2:4182307", q.correlationId());
        assertEquals(new BigDecimal("4.2000"), q.decimal(CallQuality.MOS));
        assertEquals("CMR of 9 columns and no header row seen; without a header a CUCM CMR has at least 19 columns",
                DecodedLegs.rejected(decoder, text("2,2,4182307,2,\"2101\",38920211,1769218302,2100,336000")));
    }

    @Test
    void malformedCmrsAreQuarantinedWithTheFieldAndColumn() {
        decoder.decode(text(HEADER));
        assertEquals("numberPacketsLost '-3' is not a whole number (column 11)",
                rejected(WITH_METRICS.replace(",3,7,0,", ",-3,7,0,")));
        assertEquals("dateTimeStamp '2026-01-24' is not a whole number of seconds (column 6)",
                rejected(WITH_METRICS.replace("1769218302", "2026-01-24")));
        assertEquals("varVQMetrics: MLQK '4,2' is not a number (column 18)",
                rejected(WITH_METRICS.replace("MLQK=4.2000;", "MLQK=4,2;")));
        assertEquals("varVQMetrics: CCR '1.5' is not from 0 to 1 (column 18)",
                rejected(WITH_METRICS.replace("CCR=0.0021", "CCR=1.5")));
        assertEquals("varVQMetrics: 'garbage' is not name=value (column 18)",
                rejected(WITH_METRICS.replace("SCS=0;", "garbage;")));
    }

    private CallQuality quality(String line) {
        Decoded decoded = decoder.decode(text(line));
        return assertInstanceOf(Decoded.Quality.class, decoded, decoded.toString()).quality();
    }

    private String rejected(String line) {
        return DecodedLegs.rejected(decoder, text(line));
    }
}
