package org.bluewhale.reports.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.RowKind;

/**
 * A plain-text report in UTF-8 whose columns line up in a fixed-width font, Chinese included
 * ({@link DisplayWidth}): text left-aligned, numbers right-aligned, a rule under the column titles
 * and above each subtotal and total. It reads the rows twice, once to measure the columns.
 */
public final class TxtExporter implements ReportExporter {

    private static final String GAP = "  ";

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        List<ReportColumn> columns = report.columns();
        int[] widths = widths(report);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(report.title());
        w.write('\n');
        int labelWidth = report.header().stream().mapToInt(h -> DisplayWidth.of(h.label())).max().orElse(0);
        for (HeaderLine line : report.header()) {
            w.write(pad(line.label() + ":", labelWidth + 1, false));
            w.write(' ');
            w.write(line.value());
            w.write('\n');
        }
        w.write('\n');
        String[] titles = columns.stream().map(ReportColumn::title).toArray(String[]::new);
        line(w, columns, widths, titles);
        rule(w, widths);
        String[] cells = new String[columns.size()];
        for (Iterator<ReportRow> rows = report.checkedRows(); rows.hasNext(); ) {
            ReportRow row = rows.next();
            if (row.kind() != RowKind.DETAIL) {
                rule(w, widths);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = CellText.of(columns.get(c).type(), row.cells().get(c), report.moneyDecimals());
            }
            line(w, columns, widths, cells);
        }
        w.flush();
    }

    private static int[] widths(Report report) {
        List<ReportColumn> columns = report.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(columns.get(c).title());
        }
        for (Iterator<ReportRow> rows = report.checkedRows(); rows.hasNext(); ) {
            ReportRow row = rows.next();
            for (int c = 0; c < widths.length; c++) {
                String text = CellText.of(columns.get(c).type(), row.cells().get(c), report.moneyDecimals());
                widths[c] = Math.max(widths[c], DisplayWidth.of(text));
            }
        }
        return widths;
    }

    private static void line(Writer w, List<ReportColumn> columns, int[] widths, String[] cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(GAP);
            }
            line.append(pad(cells[c], widths[c], CellText.rightAligned(columns.get(c).type())));
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        w.append(line, 0, end).append('\n');
    }

    private static void rule(Writer w, int[] widths) throws IOException {
        int total = (widths.length - 1) * GAP.length();
        for (int width : widths) {
            total += width;
        }
        w.write("-".repeat(total));
        w.write('\n');
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - DisplayWidth.of(text)));
        return right ? spaces + text : text + spaces;
    }
}
