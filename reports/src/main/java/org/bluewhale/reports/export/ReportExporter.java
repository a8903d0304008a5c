package org.bluewhale.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import org.bluewhale.reports.Report;

/** Writes a report in one format. The stream is flushed, not closed. */
public interface ReportExporter {

    void export(Report report, OutputStream out) throws IOException;
}
