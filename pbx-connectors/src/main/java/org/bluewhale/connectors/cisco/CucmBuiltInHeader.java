package org.bluewhale.connectors.cisco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bluewhale.connectors.csv.CsvRow;

/**
 * The two header rows of a current-release (133-column) CUCM CDR file: field names, then field
 * types. Shipped as the resource {@code cucm/cucm-cdr-header-133.csv}, a copy of
 * {@code shared/formats/cucm-cdr-header-133.csv} (gathered from Cisco's CDR Administration Guide).
 */
public final class CucmBuiltInHeader {

    private static final String RESOURCE = "cucm/cucm-cdr-header-133.csv";
    private static final List<String> LINES = readLines();

    private CucmBuiltInHeader() {
    }

    /** The names row as it appears in a file (quoted, comma separated). */
    public static String namesLine() {
        return LINES.get(0);
    }

    /** The types row as it appears in a file ({@code INTEGER,INTEGER,...}). */
    public static String typesLine() {
        return LINES.get(1);
    }

    /** The field names, in column order. */
    public static List<String> names() {
        return List.copyOf(CsvRow.split(namesLine()));
    }

    /** The field types (INTEGER, UINT32, VARCHAR(50), UNIQUEIDENTIFIER...), in column order. */
    public static List<String> types() {
        return List.copyOf(CsvRow.split(typesLine()));
    }

    private static List<String> readLines() {
        try (InputStream in = CucmBuiltInHeader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .filter(line -> !line.isBlank()).toList();
            if (lines.size() != 2) {
                throw new IllegalStateException(RESOURCE + " must hold exactly a names row and a types row");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
