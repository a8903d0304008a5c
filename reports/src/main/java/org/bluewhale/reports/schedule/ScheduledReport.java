package org.bluewhale.reports.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bluewhale.reports.export.ReportFormat;

/**
 * A report made on a schedule: which report, how often, in which zone and format, with which
 * options and currency, and to whom it is mailed (nobody: it is only written to the folder).
 *
 * @param id the schedule's name in the configuration ({@code report.<id>.*}), the start of its file names
 */
public record ScheduledReport(String id, String report, Every every, ZoneId zone, ReportFormat format,
                              String currency, Map<String, String> options, List<String> mailTo) {

    public ScheduledReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(format, "format");
        options = Map.copyOf(options);
        mailTo = List.copyOf(mailTo);
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("schedule id '" + id + "': letters, digits, '-' and '_' only (it names files)");
        }
    }
}
