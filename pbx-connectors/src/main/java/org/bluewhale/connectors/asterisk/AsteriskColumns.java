package org.bluewhale.connectors.asterisk;

import java.util.regex.Pattern;
import org.bluewhale.connectors.csv.CsvRow;
import org.bluewhale.connectors.csv.ExtensionNumbers;

/**
 * Where the optional columns of a Master.csv row are. cdr_csv writes 16 fixed columns, then
 * uniqueid if {@code loguniqueid}, userfield if {@code loguserfield}, then peeraccount, linkedid
 * and sequence if {@code newcdrcolumns}:
 *
 * <pre>
 * 16  -                          19  peeraccount linkedid sequence
 * 17  uniqueid | userfield       20  uniqueid|userfield peeraccount linkedid sequence
 * 18  uniqueid userfield         21  uniqueid userfield peeraccount linkedid sequence
 * </pre>
 *
 * With 17 or 20 columns one of uniqueid and userfield is there: it is the uniqueid when it looks
 * like one ({@code 1769218248.26}, or {@code system-1769218248.26} with a system name), else the
 * userfield. With 19 or 20 the last column is the sequence, a number.
 *
 * @param uniqueId column of uniqueid, or -1
 * @param linkedId column of linkedid, or -1
 */
record AsteriskColumns(int uniqueId, int linkedId) {

    private static final int FIXED = 16;
    private static final Pattern UNIQUE_ID = Pattern.compile("(?:.+-)?\\d+\\.\\d+");

    /** The layout of this row, or null when its column count is not one cdr_csv writes. */
    static AsteriskColumns of(CsvRow row) {
        int size = row.size();
        boolean newColumns = size >= FIXED + 3 && ExtensionNumbers.allDigits(row.get(size - 1), 0);
        int optional = size - FIXED - (newColumns ? 3 : 0);
        if (size < FIXED || optional > 2) {
            return null;
        }
        boolean hasUniqueId = optional == 2 || (optional == 1 && looksLikeUniqueId(row.get(FIXED)));
        return new AsteriskColumns(hasUniqueId ? FIXED : -1, newColumns ? size - 2 : -1);
    }

    static String rejection(CsvRow row) {
        return row.size() + " columns; Asterisk Master.csv rows have 16 to 21 (16 fixed, then uniqueid, userfield, "
                + "and peeraccount, linkedid, sequence as cdr.conf asks)";
    }

    /** linkedid, else uniqueid, else "". */
    String correlationId(CsvRow row) {
        String linked = linkedId >= 0 ? row.get(linkedId) : "";
        if (!linked.isEmpty()) {
            return linked;
        }
        return uniqueId >= 0 ? row.get(uniqueId) : "";
    }

    private static boolean looksLikeUniqueId(String field) {
        return UNIQUE_ID.matcher(field).matches();
    }
}
