package org.bluewhale.reports.standard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** Calls, time and cost per day, per hour, or per hour of the day over the period (option {@code by}). */
public final class Traffic implements ReportDefinition {

    private static final Map<String, DateTimeFormatter> BY = Map.of("day", Keys.DAY, "hour", Keys.HOUR,
            "hour-of-day", Keys.HOUR_OF_DAY);

    @Override
    public String name() {
        return "traffic";
    }

    @Override
    public String description() {
        return "calls, duration and cost per day (option by=day), per hour (by=hour) or per hour of the day (by=hour-of-day)";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        String by = request.option("by", "day");
        DateTimeFormatter format = BY.get(by);
        if (format == null) {
            throw new IllegalArgumentException("by='" + by + "': use day, hour or hour-of-day");
        }
        var zone = request.filter().period().zone();
        String title = by.equals("day") ? "Daily traffic" : by.equals("hour") ? "Hourly traffic" : "Traffic by hour of day";
        return GroupedReport.of(title, List.of(ReportColumn.text(by.equals("day") ? "Day" : "Hour")),
                call -> List.of(Keys.local(call, zone, format)), Measure.CALLS, Measure.DURATION, Measure.COST)
                .build(request, calls);
    }
}
