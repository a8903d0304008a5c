package org.bluewhale.connectors.avaya;

import static org.bluewhale.connectors.layout.FixedWidthFields.NOT_A_NUMBER;
import static org.bluewhale.connectors.layout.FixedWidthFields.number;
import static org.bluewhale.connectors.layout.FixedWidthFields.verbatim;

import org.bluewhale.connectors.layout.Column;
import org.bluewhale.connectors.layout.FixedWidthLayout.DurationFormat;

/**
 * Reads an Avaya CM duration field. Standard formats write {@code HMMT}: hours (1 digit), minutes
 * (2) and tenths of a minute (1), so {@code 0125} is 12.5 minutes = 750 s and the longest value a
 * record can hold is 9:59.9 (calls of ten hours or more are chained, condition code 4). The
 * special value {@code 9999} means the PBX's clock was changed during the call: its length is
 * unknown. Customized layouts may write plain seconds instead.
 */
final class AvayaDurations {

    /** {@link #seconds} result for {@code 9999} in an HMMT field. */
    static final int CLOCK_CHANGED = -2;
    private static final int CLOCK_CHANGED_MARK = 9999;

    private AvayaDurations() {
    }

    /** Seconds, {@link NOT_A_NUMBER} for a malformed field or {@link #CLOCK_CHANGED}. */
    static int seconds(byte[] line, Column column, DurationFormat format) {
        int value = number(line, column);
        if (format == DurationFormat.SECONDS || value == NOT_A_NUMBER) {
            return value;
        }
        if (value == CLOCK_CHANGED_MARK) {
            return CLOCK_CHANGED;
        }
        int minutes = value / 10 % 100;
        if (column.width() != 4 || value > 9999 || minutes > 59) {
            return NOT_A_NUMBER;
        }
        return value / 1000 * 3600 + minutes * 60 + value % 10 * 6;
    }

    /** Why {@link #seconds} refused the field. */
    static String rejection(byte[] line, Column column, DurationFormat format, int result) {
        String written = "duration '" + verbatim(line, column) + "' (columns " + column + ")";
        if (result == CLOCK_CHANGED) {
            return written + " is 9999: the PBX clock was changed during the call, so its length is unknown";
        }
        return written + (format == DurationFormat.HMMT
                ? " is not H MM T (hours, minutes 00-59, tenths of a minute)" : " is not a number");
    }
}
