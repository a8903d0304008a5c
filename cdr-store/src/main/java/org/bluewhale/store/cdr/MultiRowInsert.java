package org.bluewhale.store.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts a list of rows with multi-row statements, {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)...},
 * of a fixed number of rows (one prepared statement reused for the whole list) plus one shorter
 * statement for the remainder. Fewer, larger statements cut the per-statement cost of the driver
 * and engine (parse lookup, execute, JNI round trip), which dominates small-row inserts.
 *
 * @param <T> the row type
 */
final class MultiRowInsert<T> {

    /** Binds one row's columns starting at JDBC parameter {@code first}. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    private final String head;
    private final String rowPlaceholders;
    private final int columns;
    private final int rowsPerStatement;
    private final RowBinder<T> binder;
    private final String fullSql;

    MultiRowInsert(String table, List<String> columnNames, int rowsPerStatement, RowBinder<T> binder) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ";
        this.rowPlaceholders = "(" + "?, ".repeat(columnNames.size() - 1) + "?)";
        this.columns = columnNames.size();
        this.rowsPerStatement = rowsPerStatement;
        this.binder = binder;
        this.fullSql = sql(rowsPerStatement);
    }

    private String sql(int rows) {
        StringBuilder sb = new StringBuilder(head.length() + rows * (rowPlaceholders.length() + 2));
        sb.append(head);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(rowPlaceholders);
        }
        return sb.toString();
    }

    /** Inserts all rows on {@code c} (in the caller's transaction). */
    void insert(Connection c, List<? extends T> rows) throws SQLException {
        int size = rows.size();
        int next = 0;
        if (size >= rowsPerStatement) {
            try (PreparedStatement ps = c.prepareStatement(fullSql)) {
                for (; next + rowsPerStatement <= size; next += rowsPerStatement) {
                    bindRows(ps, rows, next, rowsPerStatement);
                    ps.executeUpdate();
                }
            }
        }
        int rest = size - next;
        if (rest > 0) {
            try (PreparedStatement ps = c.prepareStatement(sql(rest))) {
                bindRows(ps, rows, next, rest);
                ps.executeUpdate();
            }
        }
    }

    private void bindRows(PreparedStatement ps, List<? extends T> rows, int from, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            binder.bind(ps, 1 + i * columns, rows.get(from + i));
        }
    }
}
