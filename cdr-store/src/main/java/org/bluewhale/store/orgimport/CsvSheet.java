package org.bluewhale.store.orgimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV import file (UTF-8, an optional byte-order mark, RFC 4180 quoting). The delimiter is
 * a comma, or a semicolon when the header line has more semicolons than commas, as spreadsheets
 * save CSV in locales whose decimal mark is a comma.
 */
public final class CsvSheet {

    private CsvSheet() {
    }

    public static Sheet read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1 << 16);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            return new Sheet(List.of(), List.of());
        }
        if (first.startsWith("\uFEFF")) {
            reader.skip(1);
            first = first.substring(1);
        }
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = new ArrayList<>();
        List<SheetLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (header.isEmpty()) {
                    record.forEach(name -> header.add(name.trim().toLowerCase(Locale.ROOT)));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
                    String value = record.get(i).trim();
                    if (!value.isEmpty()) {
                        cells.put(header.get(i), value);
                    }
                }
                if (record.size() > header.size()) {
                    cells.put(TOO_MANY_CELLS, Integer.toString(record.size()));
                }
                if (!cells.isEmpty()) {
                    lines.add(new SheetLine((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("not a readable CSV file: " + e.getMessage(), e);
        }
        return new Sheet(header, lines);
    }

    /** Marks a line with more cells than the header has columns (its value: how many). */
    static final String TOO_MANY_CELLS = "\u0000too-many-cells";

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
