package org.bluewhale.reports;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a report's table, cells in column order: a {@link String} for text, a {@link Long}
 * for counts and durations (seconds), a {@link java.math.BigDecimal} for money; {@code null} for
 * an empty cell.
 */
public record ReportRow(RowKind kind, List<Object> cells) {

    public ReportRow {
        Objects.requireNonNull(kind, "kind");
        cells = Collections.unmodifiableList(Arrays.asList(cells.toArray()));
    }

    public static ReportRow detail(Object... cells) {
        return new ReportRow(RowKind.DETAIL, Arrays.asList(cells));
    }

    public static ReportRow subtotal(Object... cells) {
        return new ReportRow(RowKind.SUBTOTAL, Arrays.asList(cells));
    }

    public static ReportRow total(Object... cells) {
        return new ReportRow(RowKind.TOTAL, Arrays.asList(cells));
    }
}
