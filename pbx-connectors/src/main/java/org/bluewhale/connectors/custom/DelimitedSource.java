package org.bluewhale.connectors.custom;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bluewhale.connectors.csv.CsvRow;
import org.bluewhale.core.decode.Decoded;

/**
 * Fields of a delimited line, found by column name: the names come from the layout's
 * {@code columns} list, or from the header row the PBX writes (at the start of every file); a
 * row that repeats the header is skipped wherever it appears.
 */
final class DelimitedSource implements FieldSource {

    private final Map<LegField, String> names;
    private final boolean header;
    private final CsvRow row;
    private final Map<LegField, Integer> index = new EnumMap<>(LegField.class);
    private List<String> columnNames;

    DelimitedSource(Map<LegField, String> names, char delimiter, boolean header, List<String> columns) {
        this.names = new EnumMap<>(names);
        this.header = header;
        this.row = new CsvRow(delimiter);
        if (!columns.isEmpty()) {
            learn(columns);
        }
    }

    @Override
    public Decoded read(String line) {
        if (!row.parse(line)) {
            return Decoded.rejected("a quoted field is not closed (missing \")");
        }
        List<String> fields = row.all();
        if (header && fields.containsAll(names.values())) {
            learn(fields);
            return Decoded.skipped("header row");
        }
        if (columnNames == null) {
            return Decoded.rejected("no header row seen yet: this layout finds its fields by the column names "
                    + names.values() + " of the header row");
        }
        if (fields.size() != columnNames.size()) {
            return Decoded.rejected(fields.size() + " columns; the header names " + columnNames.size());
        }
        return null;
    }

    private void learn(List<String> columns) {
        columnNames = List.copyOf(columns);
        names.forEach((field, name) -> index.put(field, columns.indexOf(name)));
    }

    @Override
    public String get(LegField field) {
        Integer at = index.get(field);
        return at == null || at < 0 ? "" : row.get(at);
    }

    @Override
    public String where(LegField field) {
        return "column " + index.get(field) + " '" + names.get(field) + "'";
    }
}
