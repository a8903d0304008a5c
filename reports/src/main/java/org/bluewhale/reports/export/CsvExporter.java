package org.bluewhale.reports.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bluewhale.reports.ColumnType;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;

/**
 * RFC 4180 CSV in UTF-8 with CRLF line ends: the title and header block as two-field records,
 * an empty record, then the table with its column titles. Money keeps its exact decimals and no
 * grouping, so a spreadsheet or a script reads it as a number. Text that a spreadsheet would take
 * for a formula (starting with = + - @) gets a leading apostrophe: names come from imported files,
 * and a CSV opened in Excel must not run them (OWASP "CSV injection").
 */
public final class CsvExporter implements ReportExporter {

    private static final char BOM = '\uFEFF';

    private final boolean excelBom;

    public CsvExporter(boolean excelBom) {
        this.excelBom = excelBom;
    }

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (excelBom) {
            w.write(BOM);
        }
        record(w, List.of(inert(report.title())));
        for (HeaderLine line : report.header()) {
            record(w, List.of(inert(line.label()), inert(line.value())));
        }
        w.write("\r\n");
        List<String> titles = new ArrayList<>();
        for (ReportColumn column : report.columns()) {
            titles.add(column.title());
        }
        record(w, titles);
        List<String> cells = new ArrayList<>(titles.size());
        for (Iterator<ReportRow> rows = report.checkedRows(); rows.hasNext(); ) {
            ReportRow row = rows.next();
            cells.clear();
            for (int c = 0; c < titles.size(); c++) {
                ColumnType type = report.columns().get(c).type();
                String text = CellText.of(type, row.cells().get(c), report.moneyDecimals());
                cells.add(type == ColumnType.TEXT ? inert(text) : text);
            }
            record(w, cells);
        }
        w.flush();
    }

    private static String inert(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void record(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            field(w, fields.get(i));
        }
        w.write("\r\n");
    }

    private static void field(Writer w, String value) throws IOException {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        if (!quote) {
            w.write(value);
            return;
        }
        w.write('"');
        w.write(value.replace("\"", "\"\""));
        w.write('"');
    }
}
