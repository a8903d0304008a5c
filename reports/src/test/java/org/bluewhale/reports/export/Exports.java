package org.bluewhale.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bluewhale.reports.Report;

/** Runs an export into memory. */
final class Exports {

    private Exports() {
    }

    static byte[] bytes(Report report, ReportFormat format, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.exporter(bom).export(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
