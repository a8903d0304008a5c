package org.bluewhale.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.bluewhale.core.Attribution;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallFeature;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.CallQuality;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.spi.StoreBatch;
import org.junit.jupiter.api.Test;

class StoreBatchCodecTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void aBatchComesBackFieldForFieldWithAttributionAndReferenceCost() {
        CallLeg leg = new CallLeg("cucm-sh", 42, 4_242, Instant.parse("2026-11-02T01:30:00.250Z"),
                ZoneId.of("Asia/Shanghai"), 125, 7, "2001", "013912345678", Direction.OUTGOING, "16", "4711", "0042",
                "T1/003", "T2/017", "1:4182307", "2002", "2003", "2002", "SEP0001", "SIPTrunk-上海", 16_777_301,
                16_777_302, CallFeature.CONFERENCE, CallFeature.TRANSFER, CallFeature.FORWARD,
                new Attribution("cucm-sh:4182307", "2001", true));
        RatedCall call = new RatedCall(leg, CallClass.MOBILE, 180, new Money(30, CNY), "hq/MOBILE", new Money(75, CNY));
        RawRecord raw = new RawRecord(4_243, "cucm-sh", 43, Instant.parse("2026-11-02T01:31:00Z"),
                new byte[] {0, 'x', (byte) 0xff}, true);
        StoreBatch batch = new StoreBatch(List.of(call), List.of(new Quarantined(raw, "not a CDR")), 4_243);

        StoreBatch back = StoreBatchCodec.decode(StoreBatchCodec.encode(batch));

        assertEquals(batch.journalPosition(), back.journalPosition());
        assertEquals(batch.calls(), back.calls());
        assertEquals(new Money(75, CNY), back.calls().get(0).referenceCost());
        assertEquals("2001", back.calls().get(0).leg().attribution().chargedTo());
        Quarantined q = back.quarantined().get(0);
        assertEquals(raw.pbxId(), q.raw().pbxId());
        assertEquals(raw.sequence(), q.raw().sequence());
        assertEquals(List.of((byte) 0, (byte) 'x', (byte) 0xff), List.of(q.raw().bytes()[0], q.raw().bytes()[1], q.raw().bytes()[2]));
        assertEquals("not a CDR", q.reason());
    }

    @Test
    void qualityReportsComeBackWithEveryMetricInOrder() {
        CallQuality report = new CallQuality("cucm-sh", 44, 4_244, "StandAloneCluster:2:4182307", "SEP0011AABB2101",
                "2101", Instant.parse("2026-01-24T01:31:42.500Z"), 2_100, 2_095, 3, 7, 12,
                CallQuality.metricsOf("MLQK=4.2000;CCR=0.0021;MLQKvr=0.95"));
        StoreBatch batch = new StoreBatch(List.of(), List.of(), List.of(report), 4_244);

        StoreBatch back = StoreBatchCodec.decode(StoreBatchCodec.encode(batch));

        assertEquals(List.of(report), back.quality());
        assertEquals(List.of("MLQK", "CCR", "MLQKvr"), List.copyOf(back.quality().get(0).metrics().keySet()));
        assertEquals(1, back.size());
    }

    @Test
    void aBatchWrittenOfflineBeforeQualityReportsExistedIsStillRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeByte(2); // the version before quality reports: no quality count
            out.writeLong(77);
            out.writeInt(0);
            out.writeInt(0);
        }

        StoreBatch back = StoreBatchCodec.decode(bytes.toByteArray());

        assertEquals(77, back.journalPosition());
        assertEquals(List.of(), back.quality());
    }
}
