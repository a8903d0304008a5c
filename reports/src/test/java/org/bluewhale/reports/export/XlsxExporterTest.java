package org.bluewhale.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bluewhale.reports.SampleReports;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

    private static XSSFSheet sheet() throws IOException {
        byte[] xlsx = Exports.bytes(SampleReports.departmentSummary(), ReportFormat.XLSX, false);
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    private static final int TITLES = 8; // title, 6 header lines, an empty row

    @Test
    void headerBlockThenStyledColumnTitlesFrozenAndFiltered() throws IOException {
        XSSFSheet sheet = sheet();
        assertEquals("Department cost summary", sheet.getRow(0).getCell(0).getStringCellValue());
        assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
        assertEquals("Time range", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("from 2026-11-01 00:00:00 UTC+0800 to 2026-11-30 23:59:59 UTC+0800",
                sheet.getRow(1).getCell(1).getStringCellValue());
        assertEquals("Department", sheet.getRow(TITLES).getCell(0).getStringCellValue());
        assertEquals("International", sheet.getRow(TITLES).getCell(8).getStringCellValue());
        assertEquals(TITLES + 1, sheet.getPaneInformation().getHorizontalSplitTopRow());
        assertEquals("A9:I16", sheet.getCTWorksheet().getAutoFilter().getRef());
    }

    @Test
    void moneyAndCountsAreNumbersDurationsReadLikeTheReport() throws IOException {
        XSSFSheet sheet = sheet();
        Row wang = rowOf(sheet, "王伟");
        assertEquals("Company\\物流部", wang.getCell(0).getStringCellValue());
        XSSFCell cost = (XSSFCell) wang.getCell(2);
        assertEquals(CellType.NUMERIC, cost.getCellType());
        assertEquals(12.50, cost.getNumericCellValue());
        assertEquals("#,##0.00", cost.getCellStyle().getDataFormatString());
        assertEquals(7.0, wang.getCell(4).getNumericCellValue());
        assertEquals("0D 08:18:45", wang.getCell(5).getStringCellValue());
        assertFalse(((XSSFCell) wang.getCell(2)).getCellStyle().getFont().getBold());
    }

    @Test
    void subtotalAndTotalRowsAreBoldAndHoldTheSums() throws IOException {
        XSSFSheet sheet = sheet();
        Row subtotal = rowOf(sheet, "Company\\物流部 subtotal");
        assertTrue(((XSSFCell) subtotal.getCell(2)).getCellStyle().getFont().getBold());
        assertEquals(13.25, subtotal.getCell(2).getNumericCellValue());
        assertEquals("0D 08:19:46", subtotal.getCell(5).getStringCellValue());
        Row total = rowOf(sheet, "Total");
        assertEquals(119.50, total.getCell(2).getNumericCellValue());
        assertEquals(41.0, total.getCell(4).getNumericCellValue());
        assertEquals(total.getRowNum(), sheet.getLastRowNum());
    }

    private static Row rowOf(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (int c = 0; c < 2; c++) {
                if (row.getCell(c) != null && row.getCell(c).getCellType() == CellType.STRING
                        && row.getCell(c).getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
