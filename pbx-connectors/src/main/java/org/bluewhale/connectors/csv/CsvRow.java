package org.bluewhale.connectors.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.decode.Decoded;

/**
 * One CSV line as CDR files write it (CUCM, Asterisk, FreeSWITCH): comma separated, text fields in double quotes, a quote inside a
 * quoted field doubled ({@code ""}), numbers bare; quoted fields may contain commas. Parsing only
 * marks where fields are; a field's string is built when asked for, so a decoder that reads a
 * dozen of 133 columns creates a dozen strings. Reusable: one instance per decoder thread.
 */
public final class CsvRow {

    private final char delimiter;
    private String line = "";
    private int size;
    /** Per field: first and end (exclusive) char of its content, quotes excluded. */
    private int[] bounds = new int[2 * 140];
    /** Per field: whether its content holds doubled quotes to undo. */
    private boolean[] escaped = new boolean[140];

    /** A comma-separated row. */
    public CsvRow() {
        this(',');
    }

    /** A row whose fields are separated by {@code delimiter} (; | or a tab in some exports). */
    public CsvRow(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Marks the fields of {@code line}; false when a quoted field is not closed. */
    public boolean parse(String text) {
        line = text;
        size = 0;
        int n = text.length();
        int i = 0;
        while (true) {
            ensureRoom();
            boolean doubled = false;
            int from;
            int to;
            if (i < n && text.charAt(i) == '"') {
                from = ++i;
                while (true) {
                    int quote = text.indexOf('"', i);
                    if (quote < 0) {
                        return false;
                    }
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        doubled = true;
                        i = quote + 2;
                    } else {
                        to = quote;
                        i = quote + 1;
                        break;
                    }
                }
                // stray characters after the closing quote are ignored up to the comma
                int comma = text.indexOf(delimiter, i);
                i = comma < 0 ? n : comma;
            } else {
                from = i;
                int comma = text.indexOf(delimiter, i);
                to = comma < 0 ? n : comma;
                i = to;
            }
            bounds[2 * size] = from;
            bounds[2 * size + 1] = to;
            escaped[size] = doubled;
            size++;
            if (i >= n) {
                return true;
            }
            i++; // the delimiter
        }
    }

    public int size() {
        return size;
    }

    /** Field {@code index}, unquoted, surrounding spaces removed. */
    public String get(int index) {
        String value = line.substring(bounds[2 * index], bounds[2 * index + 1]);
        return (escaped[index] ? value.replace("\"\"", "\"") : value).trim();
    }

    /**
     * Parses a raw record's line (UTF-8). Returns null when the row now holds its fields, else
     * what the decoder answers: a blank line is skipped, an unclosed quote rejected.
     */
    public Decoded parseRecord(RawRecord record) {
        String line = new String(record.bytes(), StandardCharsets.UTF_8);
        if (line.isBlank()) {
            return Decoded.skipped("blank line");
        }
        if (!parse(line)) {
            return Decoded.rejected("a quoted field is not closed (missing \")");
        }
        return null;
    }

    /** All fields, for header rows and tests. */
    public List<String> all() {
        List<String> fields = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fields.add(get(i));
        }
        return fields;
    }

    /** The fields of one line, or null when a quoted field is not closed. */
    public static List<String> split(String line) {
        CsvRow row = new CsvRow();
        return row.parse(line) ? row.all() : null;
    }

    private void ensureRoom() {
        if (size == escaped.length) {
            escaped = Arrays.copyOf(escaped, size * 2);
            bounds = Arrays.copyOf(bounds, size * 4);
        }
    }
}
