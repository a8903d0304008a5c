package org.bluewhale.reports.standard;

import java.util.List;
import org.bluewhale.reports.Report;
import org.bluewhale.reports.ReportColumn;
import org.bluewhale.reports.calls.CallSource;
import org.bluewhale.reports.spi.ReportDefinition;
import org.bluewhale.reports.spi.ReportRequest;

/** Per carrier (the carrier of the tariff that priced each call): calls, time, cost and savings. */
public final class CarrierCost implements ReportDefinition {

    private static final GroupedReport LAYOUT = GroupedReport.of("Carrier cost", List.of(ReportColumn.text("Carrier")),
            call -> List.of(Keys.orNone(call.carrier())), Measure.CALLS, Measure.DURATION, Measure.COST,
            Measure.AVERAGE_COST, Measure.SAVINGS);

    @Override
    public String name() {
        return "carrier-cost";
    }

    @Override
    public String description() {
        return "calls, duration, cost, average cost and savings per carrier";
    }

    @Override
    public Report build(ReportRequest request, CallSource calls) {
        return LAYOUT.build(request, calls);
    }
}
