package org.bluewhale.store.cdr;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.RatedCall;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's bulk path for the {@code cdr} insert: one {@code COPY cdr (...) FROM STDIN} per
 * batch in the text format, instead of multi-row INSERTs. The server parses no SQL and binds no
 * parameters per row (measured in cdr-store/BENCHMARKS.md). A duplicate key fails the COPY with
 * the same SQL state as an INSERT, so the store's replay handling is unchanged.
 *
 * <pre>
 * one line per row, columns in {@link CdrRows#COLUMNS} order:
 * +---------+-----+-------------+-----+-----------+-----+----+
 * | cdr_key | TAB | journal_pos | TAB | ...       | TAB | \N | LF      \N = NULL; \\ \t \n \r escaped in texts
 * +---------+-----+-------------+-----+-----------+-----+----+
 * </pre>
 */
final class CopyCdrInsert {

    private static final String COPY = "COPY cdr (" + String.join(", ", CdrRows.COLUMNS) + ") FROM STDIN";

    void insert(Connection c, List<CdrRows.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (CdrRows.Row row : rows) {
            line(text, row);
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        try (Reader in = new java.io.StringReader(text.toString())) {
            copy.copyIn(COPY, in, 1 << 16);
        } catch (IOException e) {
            throw new SQLException("COPY into cdr failed: " + e.getMessage(), e);
        }
    }

    private static void line(StringBuilder out, CdrRows.Row row) {
        RatedCall call = row.call();
        CallLeg leg = call.leg();
        out.append(row.key()).append('\t').append(leg.position()).append('\t').append(leg.start().toEpochMilli())
                .append('\t').append(row.zoneId()).append('\t').append(leg.durationSeconds()).append('\t')
                .append(leg.ringSeconds()).append('\t');
        text(out, leg.callingNumber());
        text(out, leg.dialedNumber());
        out.append(CdrCodes.code(leg.direction())).append('\t');
        text(out, leg.conditionCode());
        text(out, leg.accountCode());
        text(out, leg.authCode());
        text(out, leg.trunkIn());
        text(out, leg.trunkOut());
        text(out, leg.correlationId());
        out.append(CdrCodes.code(call.callClass())).append('\t').append(call.billedSeconds()).append('\t')
                .append(call.cost().minorUnits()).append('\t').append(row.tariffId()).append('\t');
        if (row.chargeId() == 0) {
            out.append("\\N");
        } else {
            out.append(row.chargeId());
        }
        out.append('\t');
        text(out, leg.attribution().callId());
        text(out, leg.attribution().chargedTo());
        out.append(leg.attribution().releasedAlone() ? 1 : 0).append('\t');
        long reference = call.referenceCost().minorUnits();
        if (reference == call.cost().minorUnits()) {
            out.append("\\N"); // no saving: NULL, as in CdrRows
        } else {
            out.append(reference);
        }
        out.append('\n');
    }

    /** An optional text and its tab: empty is NULL, as {@link CdrRows} stores it. */
    private static void text(StringBuilder out, String value) {
        if (value.isEmpty()) {
            out.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\t');
    }
}
