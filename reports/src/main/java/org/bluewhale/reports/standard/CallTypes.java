package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.CallTypeTitles;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** Per call type (local, national, mobile, international, inbound...): calls, time, cost and savings. */
public final class CallTypes implements ReportDefinition {

    private static final GroupedReport LAYOUT = GroupedReport.of("Call types", List.of(ReportColumn.text("Call type")),
            call -> List.of(CallTypeTitles.of(call.callClass())), Measure.CALLS, Measure.DURATION, Measure.COST,
            Measure.AVERAGE_COST, Measure.SAVINGS);

    @Override
    public String name() {
        return "call-types";
    }

    @Override
    public String description() {
        return "calls, duration, cost, average cost and savings per call type";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        return LAYOUT.build(request, calls);
    }
}
