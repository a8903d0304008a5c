package org.bluewhale.store.cdr;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;

/** The {@code cdr} columns and how a rated call fills them (no allocation beyond the driver's). */
final class CdrRows {

    static final List<String> COLUMNS = List.of("cdr_key", "pbx_id", "seq", "journal_pos", "start_utc", "zone",
            "duration_s", "ring_s", "calling", "dialed", "direction", "condition_code", "account_code",
            "auth_code", "trunk_in", "trunk_out", "correlation_id", "call_class", "billed_s", "cost_minor",
            "currency", "tariff");

    private CdrRows() {
    }

    /** A rated call with its resolved PBX id, so the key is computed once. */
    record Row(int pbxId, long key, RatedCall call) {
    }

    static void bind(PreparedStatement ps, int p, Row row) throws SQLException {
        RatedCall call = row.call();
        CallLeg leg = call.leg();
        ps.setLong(p, row.key());
        ps.setInt(p + 1, row.pbxId());
        ps.setLong(p + 2, leg.sequence());
        ps.setLong(p + 3, leg.position());
        ps.setLong(p + 4, leg.start().toEpochMilli());
        ps.setString(p + 5, leg.zone().getId());
        ps.setInt(p + 6, leg.durationSeconds());
        ps.setInt(p + 7, leg.ringSeconds());
        ps.setString(p + 8, leg.callingNumber());
        ps.setString(p + 9, leg.dialedNumber());
        ps.setString(p + 10, leg.direction().name());
        ps.setString(p + 11, leg.conditionCode());
        ps.setString(p + 12, leg.accountCode());
        ps.setString(p + 13, leg.authCode());
        ps.setString(p + 14, leg.trunkIn());
        ps.setString(p + 15, leg.trunkOut());
        ps.setString(p + 16, leg.correlationId());
        ps.setString(p + 17, call.callClass().name());
        ps.setLong(p + 18, call.billedSeconds());
        ps.setLong(p + 19, call.cost().minorUnits());
        ps.setString(p + 20, call.cost().currency().getCurrencyCode());
        ps.setString(p + 21, call.tariff() == null ? "" : call.tariff());
    }
}
