package org.bluewhale.store.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * One table cell in a backup, written so that any of the four databases can take it back: each
 * cell carries its own kind, so a column typed differently by two dialects (BOOLEAN, SMALLINT)
 * still restores.
 *
 * <pre>
 * cell = kind u8 | value
 *   0 NULL      (no value)
 *   1 INTEGER   i64
 *   2 TEXT      length i32 | UTF-8 bytes
 *   3 BYTES     length i32 | bytes
 *   4 BOOLEAN   u8
 *   5 DECIMAL   length i32 | UTF-8 of BigDecimal.toPlainString()
 *   6 DOUBLE    f64
 *   7 DATE      length i32 | UTF-8 ISO date
 *   8 TIMESTAMP length i32 | UTF-8 ISO local date-time
 *   9 TIMESTAMP WITH TIME ZONE  length i32 | UTF-8 ISO offset date-time
 * </pre>
 */
final class Cells {

    private static final int NULL = 0;
    private static final int INTEGER = 1;
    private static final int TEXT = 2;
    private static final int BYTES = 3;
    private static final int BOOLEAN = 4;
    private static final int DECIMAL = 5;
    private static final int DOUBLE = 6;
    private static final int DATE = 7;
    private static final int TIMESTAMP = 8;
    private static final int TIMESTAMP_TZ = 9;

    private Cells() {
    }

    /** Writes column {@code i} (1-based) of the current row, of JDBC type {@code sqlType}. */
    static void write(DataOutputStream out, ResultSet rs, int i, int sqlType) throws SQLException, IOException {
        Object value = switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rs.getLong(i);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(i);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> rs.getDouble(i);
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            default -> rs.getString(i);
        };
        if (rs.wasNull() || value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Long l) {
            out.writeByte(INTEGER);
            out.writeLong(l);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            out.writeByte(BYTES);
            writeBytes(out, bytes);
        } else if (value instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            writeBytes(out, d.toPlainString().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else {
            out.writeByte(value instanceof LocalDate ? DATE : value instanceof LocalDateTime ? TIMESTAMP
                    : value instanceof OffsetDateTime ? TIMESTAMP_TZ : TEXT);
            writeBytes(out, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Reads one cell and binds it to parameter {@code p}. */
    static void bind(DataInputStream in, PreparedStatement ps, int p) throws SQLException, IOException {
        int kind = in.readUnsignedByte();
        switch (kind) {
            case NULL -> ps.setObject(p, null);
            case INTEGER -> ps.setLong(p, in.readLong());
            case TEXT -> ps.setString(p, text(in));
            case BYTES -> ps.setBytes(p, readBytes(in));
            case BOOLEAN -> ps.setBoolean(p, in.readBoolean());
            case DECIMAL -> ps.setBigDecimal(p, new BigDecimal(text(in)));
            case DOUBLE -> ps.setDouble(p, in.readDouble());
            case DATE -> ps.setObject(p, LocalDate.parse(text(in)));
            case TIMESTAMP -> ps.setObject(p, LocalDateTime.parse(text(in)));
            case TIMESTAMP_TZ -> ps.setObject(p, OffsetDateTime.parse(text(in)));
            default -> throw new IOException("unknown cell kind " + kind + " in backup");
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }
}
