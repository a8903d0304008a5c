package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** The cost month by month, with the average per call and the change from the month before. */
public final class CostTrend implements ReportDefinition {

    @Override
    public String name() {
        return "cost-trend";
    }

    @Override
    public String description() {
        return "calls, duration, cost, average cost per call and the change from the month before, by month";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        var zone = request.filter().period().zone();
        return GroupedReport.of("Monthly cost trend", List.of(ReportColumn.text("Month")),
                call -> List.of(Keys.local(call, zone, Keys.MONTH)), Measure.CALLS, Measure.DURATION, Measure.COST,
                Measure.AVERAGE_COST, Measure.COST_CHANGE).build(request, calls);
    }
}
