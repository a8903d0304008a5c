package org.bluewhale.reports;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A finished report, independent of the format it is exported in: a title, a header block, the
 * table's columns and its rows. The rows may come from a database cursor, so exporters make one
 * pass over them and keep only what they are writing (the TXT export, which aligns columns,
 * makes two).
 *
 * @param moneyDecimals decimals every money cell is shown with (the currency's minor units)
 */
public record Report(String title, List<HeaderLine> header, List<ReportColumn> columns, Iterable<ReportRow> rows,
                     int moneyDecimals) {

    public Report {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        if (moneyDecimals < 0) {
            throw new IllegalArgumentException("negative decimals " + moneyDecimals);
        }
    }

    /** The rows, each checked against the columns as it is read. */
    public Iterator<ReportRow> checkedRows() {
        Iterator<ReportRow> rows = this.rows.iterator();
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ReportRow next() {
                ReportRow row = rows.next();
                index++;
                check(row, index);
                return row;
            }
        };
    }

    private void check(ReportRow row, long index) {
        if (row.cells().size() != columns.size()) {
            throw new IllegalArgumentException("row " + index + " has " + row.cells().size() + " cells for "
                    + columns.size() + " columns");
        }
        for (int c = 0; c < columns.size(); c++) {
            Object cell = row.cells().get(c);
            Class<?> expected = switch (columns.get(c).type()) {
                case TEXT -> String.class;
                case COUNT, DURATION -> Long.class;
                case MONEY -> java.math.BigDecimal.class;
            };
            if (cell != null && !expected.isInstance(cell)) {
                throw new IllegalArgumentException("row " + index + ", column '" + columns.get(c).title() + "': "
                        + cell.getClass().getSimpleName() + " where " + expected.getSimpleName() + " belongs");
            }
        }
    }
}
