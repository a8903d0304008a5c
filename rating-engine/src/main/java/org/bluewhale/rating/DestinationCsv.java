package org.bluewhale.rating;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads destination rules written one per line as {@code prefix,zone} ({@code 8610,beijing});
 * blank lines and lines starting with {@code #} are skipped. A file with any bad line is rejected
 * whole, with the numbers of (up to twenty of) its bad lines.
 */
public final class DestinationCsv {

    private static final int MAX_ERRORS = 20;

    private DestinationCsv() {
    }

    /**
     * @param name   what the errors call the file
     * @throws IllegalArgumentException listing the bad lines
     */
    public static DestinationTable read(String name, Reader reader) throws IOException {
        DestinationTable.Builder table = new DestinationTable.Builder();
        List<String> errors = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            int comma = line.indexOf(',');
            String zone = comma < 0 ? "" : line.substring(comma + 1).strip();
            try {
                if (comma < 0 || zone.isEmpty() || zone.indexOf(',') >= 0) {
                    throw new IllegalArgumentException("expected prefix,zone");
                }
                table.put(line.substring(0, comma).strip(), zone);
            } catch (IllegalArgumentException e) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add("line " + number + ": " + e.getMessage() + " in '" + line + "'");
                } else {
                    errors.add("...");
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(name + " is rejected, nothing loaded:\n  " + String.join("\n  ", errors));
        }
        return table.build();
    }
}
