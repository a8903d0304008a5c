package org.bluewhale.store.cdr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.bluewhale.core.CallQuality;

/** The {@code call_quality} columns and how a quality report fills them. */
final class CallQualityRows {

    static final List<String> COLUMNS = List.of("cq_key", "pbx_id", "seq", "journal_pos", "correlation_id",
            "device_name", "directory_num", "reported_at", "packets_sent", "packets_received", "packets_lost",
            "jitter_ms", "latency_ms", "mos", "conceal_ratio", "vq_metrics");

    private CallQualityRows() {
    }

    /** A report with its resolved PBX id and row key. */
    record Row(int pbxId, long key, CallQuality quality) {
    }

    static void bind(PreparedStatement ps, int p, Row row) throws SQLException {
        CallQuality q = row.quality();
        ps.setLong(p, row.key());
        ps.setInt(p + 1, row.pbxId());
        ps.setLong(p + 2, q.sequence());
        ps.setLong(p + 3, q.position());
        ps.setString(p + 4, q.correlationId());
        ps.setString(p + 5, q.deviceName());
        ps.setString(p + 6, q.directoryNumber());
        ps.setLong(p + 7, q.reportedAt().toEpochMilli());
        ps.setLong(p + 8, q.packetsSent());
        ps.setLong(p + 9, q.packetsReceived());
        ps.setLong(p + 10, q.packetsLost());
        ps.setLong(p + 11, q.jitterMs());
        ps.setLong(p + 12, q.latencyMs());
        decimal(ps, p + 13, q.decimal(CallQuality.MOS), 4);
        decimal(ps, p + 14, q.decimal(CallQuality.CONCEALMENT_RATIO), 6);
        ps.setString(p + 15, q.metricsText());
    }

    /** Rounded to the column's scale; the exact value stays in vq_metrics. */
    private static void decimal(PreparedStatement ps, int p, BigDecimal value, int scale) throws SQLException {
        if (value == null) {
            ps.setNull(p, Types.DECIMAL);
        } else {
            ps.setBigDecimal(p, value.setScale(scale, RoundingMode.HALF_UP));
        }
    }
}
