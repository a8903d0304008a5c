package org.bluewhale.connectors.cisco;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line as CUCM writes it: comma separated, text fields in double quotes, a quote
 * inside a quoted field doubled ({@code ""}); numbers unquoted. Quoted fields may contain commas.
 */
final class CsvRow {

    private CsvRow() {
    }

    /** The fields of {@code line}, unquoted, or null when a quoted field is not closed. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(140);
        StringBuilder field = new StringBuilder(32);
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                // tolerate stray characters between the closing quote and the comma
                while (i < n && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
