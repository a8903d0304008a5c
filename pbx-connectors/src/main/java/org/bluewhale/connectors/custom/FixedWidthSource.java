package org.bluewhale.connectors.custom;

import java.util.EnumMap;
import java.util.Map;
import org.bluewhale.connectors.layout.Column;
import org.bluewhale.core.decode.Decoded;

/** Fields at fixed columns; a column past the end of a short line reads as empty. */
final class FixedWidthSource implements FieldSource {

    private final Map<LegField, Column[]> columns;
    private String line = "";

    FixedWidthSource(Map<LegField, Column[]> columns) {
        this.columns = new EnumMap<>(columns);
    }

    @Override
    public Decoded read(String text) {
        line = text;
        return null;
    }

    @Override
    public String get(LegField field) {
        Column[] parts = columns.get(field);
        if (parts == null) {
            return "";
        }
        StringBuilder value = new StringBuilder();
        for (Column part : parts) {
            int to = Math.min(part.end(), line.length());
            if (part.start() < to) {
                value.append(line, part.start(), to);
            }
        }
        return value.toString().strip();
    }

    @Override
    public String where(LegField field) {
        Column[] parts = columns.get(field);
        StringBuilder where = new StringBuilder("columns ");
        for (int i = 0; i < parts.length; i++) {
            where.append(i == 0 ? "" : " + ").append(parts[i]);
        }
        return where.toString();
    }
}
