package org.bluewhale.reports.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.bluewhale.reports.ColumnType;
import org.bluewhale.reports.Durations;

/**
 * A cell as text, for the text formats: money with the report's decimals (an amount with more
 * decimals is a bug upstream, so it fails rather than rounding silently), durations as
 * {@code 0D 08:18:45}, empty cells as "".
 */
final class CellText {

    private CellText() {
    }

    static String of(ColumnType type, Object cell, int moneyDecimals) {
        if (cell == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> (String) cell;
            case COUNT -> Long.toString((Long) cell);
            case MONEY -> ((BigDecimal) cell).setScale(moneyDecimals, RoundingMode.UNNECESSARY).toPlainString();
            case DURATION -> Durations.format((Long) cell);
        };
    }

    static boolean rightAligned(ColumnType type) {
        return type != ColumnType.TEXT;
    }
}
