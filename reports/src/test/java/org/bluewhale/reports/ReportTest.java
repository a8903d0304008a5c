package org.bluewhale.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static Report withRow(ReportRow row) {
        return new Report("t", List.of(), List.of(ReportColumn.text("Name"), ReportColumn.money("Cost")), List.of(row), 2);
    }

    @Test
    void aCellOfTheWrongTypeIsRefusedWithItsRowAndColumn() {
        var rows = withRow(ReportRow.detail("a", 12.5)).checkedRows();
        var e = assertThrows(IllegalArgumentException.class, rows::next);
        assertEquals("row 1, column 'Cost': Double where BigDecimal belongs", e.getMessage());
    }

    @Test
    void aRowWithTooFewCellsIsRefused() {
        var rows = withRow(ReportRow.detail("a")).checkedRows();
        var e = assertThrows(IllegalArgumentException.class, rows::next);
        assertEquals("row 1 has 1 cells for 2 columns", e.getMessage());
    }

    @Test
    void emptyCellsAreAllowed() {
        var rows = withRow(ReportRow.detail("a", null)).checkedRows();
        assertEquals(null, rows.next().cells().get(1));
        assertEquals(BigDecimal.ONE, withRow(ReportRow.total("t", BigDecimal.ONE)).checkedRows().next().cells().get(1));
    }
}
