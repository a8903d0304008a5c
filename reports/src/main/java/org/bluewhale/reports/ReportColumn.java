package org.bluewhale.reports;

import java.util.Objects;

/** A column of a report's table: its title as printed and what its cells hold. */
public record ReportColumn(String title, ColumnType type) {

    public ReportColumn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
    }

    public static ReportColumn text(String title) {
        return new ReportColumn(title, ColumnType.TEXT);
    }

    public static ReportColumn count(String title) {
        return new ReportColumn(title, ColumnType.COUNT);
    }

    public static ReportColumn money(String title) {
        return new ReportColumn(title, ColumnType.MONEY);
    }

    public static ReportColumn duration(String title) {
        return new ReportColumn(title, ColumnType.DURATION);
    }
}
