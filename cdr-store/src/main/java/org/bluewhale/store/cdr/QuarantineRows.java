package org.bluewhale.store.cdr;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.bluewhale.core.Quarantined;
import org.bluewhale.core.RawRecord;

/** The {@code quarantine} columns and how a quarantined record fills them. */
final class QuarantineRows {

    static final List<String> COLUMNS = List.of("q_key", "pbx_id", "seq", "journal_pos", "received_at",
            "reason", "raw", "truncated");

    private QuarantineRows() {
    }

    /** A quarantined record with its resolved PBX id. */
    record Row(int pbxId, long key, Quarantined record) {
    }

    static void bind(PreparedStatement ps, int p, Row row) throws SQLException {
        RawRecord raw = row.record().raw();
        ps.setLong(p, row.key());
        ps.setInt(p + 1, row.pbxId());
        ps.setLong(p + 2, raw.sequence());
        ps.setLong(p + 3, raw.position());
        ps.setLong(p + 4, raw.receivedAt().toEpochMilli());
        ps.setString(p + 5, row.record().reason());
        ps.setBytes(p + 6, raw.bytes());
        ps.setBoolean(p + 7, raw.truncated());
    }
}
