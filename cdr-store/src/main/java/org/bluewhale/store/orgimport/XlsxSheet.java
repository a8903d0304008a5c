package org.bluewhale.store.orgimport;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first worksheet of an Excel (.xlsx) import file with Apache POI. Cells are read as
 * the operator sees them, except dates, which become ISO dates (2025-03-01, or a date-time when
 * the cell has a time of day) whatever the cell's display format; numbers keep no decimal ".0".
 */
public final class XlsxSheet {

    private XlsxSheet() {
    }

    public static org.bluewhale.store.orgimport.Sheet read(InputStream in) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            List<SheetLine> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        header.add(text(row.getCell(i), formatter).toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = text(row.getCell(i), formatter);
                    if (!value.isEmpty()) {
                        cells.put(header.get(i), value);
                    }
                }
                if (!cells.isEmpty()) {
                    lines.add(new SheetLine(row.getRowNum() + 1, cells));
                }
            }
            return new org.bluewhale.store.orgimport.Sheet(header, lines);
        } catch (RuntimeException e) { // POI reports a damaged or non-xlsx file with unchecked exceptions
            throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                    : value.toString();
        }
        return formatter.formatCellValue(cell).trim();
    }
}
