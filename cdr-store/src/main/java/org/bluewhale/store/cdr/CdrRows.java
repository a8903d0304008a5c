package org.bluewhale.store.cdr;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;

/**
 * The {@code cdr} columns and how a rated call fills them (no allocation beyond the driver's).
 * The PBX and sequence live in the key, the zone, tariff and charge in lookup tables, enums as
 * {@link CdrCodes}, and empty optional texts as NULL: the narrower the row, the faster the insert.
 */
final class CdrRows {

    static final List<String> COLUMNS = List.of("cdr_key", "journal_pos", "start_utc", "zone_id", "duration_s",
            "ring_s", "calling", "dialed", "direction", "condition_code", "account_code", "auth_code", "trunk_in",
            "trunk_out", "correlation_id", "call_class", "billed_s", "cost_minor", "tariff_id", "charge_id", "call_id",
            "charged_to", "released_alone", "ref_cost_minor");

    private CdrRows() {
    }

    /** A rated call with its key and interned ids resolved before the batch transaction ({@code chargeId} 0: nobody). */
    record Row(long key, int zoneId, int tariffId, int chargeId, RatedCall call) {
    }

    static void bind(PreparedStatement ps, int p, Row row) throws SQLException {
        RatedCall call = row.call();
        CallLeg leg = call.leg();
        ps.setLong(p, row.key());
        ps.setLong(p + 1, leg.position());
        ps.setLong(p + 2, leg.start().toEpochMilli());
        ps.setInt(p + 3, row.zoneId());
        ps.setInt(p + 4, leg.durationSeconds());
        ps.setInt(p + 5, leg.ringSeconds());
        setText(ps, p + 6, leg.callingNumber());
        setText(ps, p + 7, leg.dialedNumber());
        ps.setInt(p + 8, CdrCodes.code(leg.direction()));
        setText(ps, p + 9, leg.conditionCode());
        setText(ps, p + 10, leg.accountCode());
        setText(ps, p + 11, leg.authCode());
        setText(ps, p + 12, leg.trunkIn());
        setText(ps, p + 13, leg.trunkOut());
        setText(ps, p + 14, leg.correlationId());
        ps.setInt(p + 15, CdrCodes.code(call.callClass()));
        ps.setLong(p + 16, call.billedSeconds());
        ps.setLong(p + 17, call.cost().minorUnits());
        ps.setInt(p + 18, row.tariffId());
        if (row.chargeId() == 0) {
            ps.setNull(p + 19, Types.INTEGER);
        } else {
            ps.setInt(p + 19, row.chargeId());
        }
        setText(ps, p + 20, leg.attribution().callId());
        setText(ps, p + 21, leg.attribution().chargedTo());
        ps.setInt(p + 22, leg.attribution().releasedAlone() ? 1 : 0);
        long reference = call.referenceCost().minorUnits();
        if (reference == call.cost().minorUnits()) {
            ps.setNull(p + 23, Types.BIGINT); // no saving: NULL, as narrow as before the column existed
        } else {
            ps.setLong(p + 23, reference);
        }
    }

    /** Empty texts are stored as NULL (smaller row); {@link CdrReader} reads NULL back as {@code ""}. */
    private static void setText(PreparedStatement ps, int p, String value) throws SQLException {
        if (value.isEmpty()) {
            ps.setNull(p, Types.VARCHAR);
        } else {
            ps.setString(p, value);
        }
    }
}
