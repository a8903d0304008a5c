package org.bluewhale.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bluewhale.reports.ColumnType;
import org.bluewhale.reports.Durations;
import org.bluewhale.reports.HeaderLine;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.ReportRow;
import org.bluewhale.reports.RowKind;

/**
 * An Excel workbook written with POI's streaming API, so a report of a million rows needs only a
 * window of rows in memory: a bold title and header block, then the table with styled column
 * titles, frozen under them, an autofilter over it, money as numbers with the currency's decimals,
 * counts as integers, durations as {@code 0D 08:18:45}, and subtotal and total rows in bold.
 */
public final class XlsxExporter implements ReportExporter {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 500;

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(book, report.moneyDecimals());
            SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            List<ReportColumn> columns = report.columns();
            int r = 0;
            text(sheet.createRow(r++), 0, report.title(), styles.title);
            for (HeaderLine line : report.header()) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.label(), styles.label);
                text(row, 1, line.value(), null);
            }
            r++;
            int headerRow = r;
            Row titles = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                text(titles, c, columns.get(c).title(), styles.columnTitle);
                sheet.setColumnWidth(c, 256 * width(columns.get(c)));
            }
            sheet.createFreezePane(0, headerRow + 1);
            for (Iterator<ReportRow> rows = report.checkedRows(); rows.hasNext(); ) {
                ReportRow row = rows.next();
                Row target = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    cell(target, c, columns.get(c).type(), row.cells().get(c), styles.of(row.kind(), columns.get(c).type()));
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, columns.size() - 1));
            book.write(out);
            out.flush();
        } finally {
            book.close(); // also deletes the temporary files
        }
    }

    private static void cell(Row row, int c, ColumnType type, Object value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value == null) {
            return;
        }
        switch (type) {
            case TEXT -> cell.setCellValue((String) value);
            case COUNT -> cell.setCellValue((Long) value);
            case MONEY -> cell.setCellValue(((BigDecimal) value).doubleValue()); // Excel's numbers are doubles
            case DURATION -> cell.setCellValue(Durations.format((Long) value));
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static int width(ReportColumn column) {
        int byType = switch (column.type()) {
            case TEXT -> 28;
            case COUNT -> 10;
            case MONEY -> 14;
            case DURATION -> 13;
        };
        return Math.min(60, Math.max(byType, column.title().length() + 4));
    }

    /** The workbook's cell styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle columnTitle;
        private final Map<RowKind, Map<ColumnType, CellStyle>> cells = new EnumMap<>(RowKind.class);

        Styles(SXSSFWorkbook book, int moneyDecimals) {
            Font bold = font(book, 11);
            title = book.createCellStyle();
            title.setFont(font(book, 14));
            label = book.createCellStyle();
            label.setFont(bold);
            columnTitle = book.createCellStyle();
            columnTitle.setFont(bold);
            columnTitle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            columnTitle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            columnTitle.setBorderBottom(BorderStyle.THIN);
            short money = book.createDataFormat().getFormat(moneyDecimals == 0 ? "#,##0" : "#,##0." + "0".repeat(moneyDecimals));
            short count = book.createDataFormat().getFormat("#,##0");
            for (RowKind kind : RowKind.values()) {
                Map<ColumnType, CellStyle> byType = new EnumMap<>(ColumnType.class);
                for (ColumnType type : ColumnType.values()) {
                    CellStyle style = book.createCellStyle();
                    if (kind != RowKind.DETAIL) {
                        style.setFont(bold);
                        style.setFillForegroundColor(kind == RowKind.TOTAL
                                ? IndexedColors.GREY_25_PERCENT.getIndex() : IndexedColors.LEMON_CHIFFON.getIndex());
                        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                        style.setBorderTop(BorderStyle.THIN);
                    }
                    if (type == ColumnType.MONEY) {
                        style.setDataFormat(money);
                    } else if (type == ColumnType.COUNT) {
                        style.setDataFormat(count);
                    } else if (type == ColumnType.DURATION) {
                        style.setAlignment(HorizontalAlignment.RIGHT);
                    }
                    byType.put(type, style);
                }
                cells.put(kind, byType);
            }
        }

        CellStyle of(RowKind kind, ColumnType type) {
            return cells.get(kind).get(type);
        }

        private static Font font(SXSSFWorkbook book, int points) {
            Font font = book.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) points);
            return font;
        }
    }
}
