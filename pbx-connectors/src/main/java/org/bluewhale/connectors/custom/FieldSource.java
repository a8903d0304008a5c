package org.bluewhale.connectors.custom;

import org.bluewhale.core.decode.Decoded;

/** Finds the text of each mapped field in one line, the part of a layout that depends on its kind. */
interface FieldSource {

    /** Reads a line; null when its fields can now be asked for, else the line's outcome (a header row, a broken line). */
    Decoded read(String line);

    /** The field's text, spaces around it removed; "" when the layout does not map it. */
    String get(LegField field);

    /** Where the field is, for messages: {@code columns 20-25}, {@code column 4 'billsec'}, {@code group 'dur'}. */
    String where(LegField field);
}
