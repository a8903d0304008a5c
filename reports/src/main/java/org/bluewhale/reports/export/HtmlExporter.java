package org.bluewhale.reports.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;

/**
 * A standalone, printable HTML page: no script, no external style sheet or font, so it can be
 * mailed or archived and prints the same anywhere. Every text is escaped.
 */
public final class HtmlExporter implements ReportExporter {

    private static final String STYLE = """
            body{font-family:"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",Arial,sans-serif;margin:2em;color:#111}
            h1{font-size:1.4em;margin:0 0 .6em}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:0 0 1.2em}
            dt{font-weight:600}dd{margin:0}
            table{border-collapse:collapse;font-size:.9em}
            th,td{border:1px solid #bbb;padding:.25em .6em;white-space:nowrap}
            thead th{background:#e8eef6;position:sticky;top:0}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr.subtotal td{font-weight:600;background:#f3f3f3}
            tr.total td{font-weight:700;background:#e2e2e2}
            @media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}
            """;

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
        w.write(escape(report.title()));
        w.write("</title><style>");
        w.write(STYLE);
        w.write("</style></head><body>\n<h1>");
        w.write(escape(report.title()));
        w.write("</h1>\n<dl>");
        for (HeaderLine line : report.header()) {
            w.write("<dt>" + escape(line.label()) + "</dt><dd>" + escape(line.value()) + "</dd>");
        }
        w.write("</dl>\n<table>\n<thead><tr>");
        List<ReportColumn> columns = report.columns();
        for (ReportColumn column : columns) {
            w.write("<th>" + escape(column.title()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (Iterator<ReportRow> rows = report.checkedRows(); rows.hasNext(); ) {
            ReportRow row = rows.next();
            w.write("<tr class=\"" + row.kind().name().toLowerCase(Locale.ROOT) + "\">");
            for (int c = 0; c < columns.size(); c++) {
                ReportColumn column = columns.get(c);
                w.write(CellText.rightAligned(column.type()) ? "<td class=\"n\">" : "<td>");
                w.write(escape(CellText.of(column.type(), row.cells().get(c), report.moneyDecimals())));
                w.write("</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</body></html>\n");
        w.flush();
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
