package org.bluewhale.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bluewhale.core.CallQuality;

/**
 * The external form of a call-quality report in a call's detail: counts as numbers, MOS and
 * conceal ratio as decimal strings exactly as the device sent them (null when it did not), and
 * every metric it sent by name.
 */
final class CallQualityJson {

    private CallQualityJson() {
    }

    static Map<String, Object> map(CallQuality q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", q.sequence());
        m.put("device", q.deviceName());
        m.put("directoryNumber", q.directoryNumber());
        m.put("reportedAt", q.reportedAt().toString());
        m.put("packetsSent", q.packetsSent());
        m.put("packetsReceived", q.packetsReceived());
        m.put("packetsLost", q.packetsLost());
        m.put("jitterMs", q.jitterMs());
        m.put("latencyMs", q.latencyMs());
        m.put("mos", text(q.decimal(CallQuality.MOS)));
        m.put("concealmentRatio", text(q.decimal(CallQuality.CONCEALMENT_RATIO)));
        m.put("metrics", q.metrics());
        return m;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
